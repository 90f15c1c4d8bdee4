'use client';
// Settling a claim from its page: a verdict, when it took effect, why, and evidence picked by
// selecting words in a report's text (the anchor is computed from the selection). A correction is
// a new entry naming the one it corrects; hiding takes the claim out of every read, destroying nothing.
import type { Verdict } from '@claimgraph/sdk';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { fieldMessage, postDesk, type FieldMessage } from '../../lib/desk-client';
import { VERDICT_ORDER, VERDICTS } from '../../lib/verdicts';
import { FieldError } from './field-error';

interface Evidence {
  reportId: string;
  reportTitle: string;
  anchor: { exact: string; start: number; end: number };
}

interface ReportText {
  id: string;
  title: string;
  language: string;
  body: string;
}

export interface SettleClaimProps {
  claim: { id: string; version: number; statement: string };
  /** The log's entries, oldest first, to name one a correction corrects. */
  resolutions: { id: string; verdict: Verdict; effective: string | null; rationale: string }[];
  /** Reports the claim appeared in, offered first for evidence. */
  reports: { id: string; title: string }[];
}

/** [start, end) of the selection inside `container`, in UTF-16 units of its text; null when the selection is elsewhere or empty. */
function selectionOffsets(container: HTMLElement): [number, number] | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return [start, start + range.toString().length];
}

export function SettleClaim({ claim, resolutions, reports }: SettleClaimProps) {
  const router = useRouter();
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const [effective, setEffective] = useState('');
  const [rationale, setRationale] = useState('');
  const [correctsId, setCorrectsId] = useState('');
  const [evidence, setEvidence] = useState<Evidence[]>([]);
  const [reportChoice, setReportChoice] = useState(reports[0]?.id ?? '');
  const [otherReport, setOtherReport] = useState('');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ id: string; title: string }[] | null>(null);
  const [text, setText] = useState<ReportText | null>(null);
  const [pickerMessage, setPickerMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string; fields?: FieldMessage[]; conflict?: boolean } | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  // Set once the form answers (the tests wait for it: before hydration a click would be lost).
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function openReport() {
    const id = reportChoice === 'other' ? otherReport : reportChoice;
    if (!id) {
      setPickerMessage('Choose a report: one the claim appeared in, or find another by its words.');
      return;
    }
    const answer = await postDesk<{ report: ReportText | null }>('report-text', { id });
    if (!answer.ok) setPickerMessage(answer.message);
    else if (!answer.report) setPickerMessage('That report is no longer there.');
    else {
      setText(answer.report);
      setPickerMessage('Select the words that settle the claim, then add them.');
    }
  }

  async function findReports() {
    const answer = await postDesk<{ reports: { id: string; title: string }[] }>('find-reports', { query });
    if (!answer.ok) {
      setPickerMessage(fieldMessage(answer.fields, 'query') ?? answer.message);
      return;
    }
    setFound(answer.reports);
    setOtherReport(answer.reports[0]?.id ?? '');
    setPickerMessage(answer.reports.length ? '' : 'No report has those words.');
  }

  function addSelection() {
    if (!text || !textRef.current) return;
    const offsets = selectionOffsets(textRef.current);
    if (!offsets) {
      setPickerMessage('Select some words in the report’s text first.');
      return;
    }
    const [start, end] = offsets;
    const exact = text.body.slice(start, end);
    if (!exact.trim()) {
      setPickerMessage('The selection holds no words.');
      return;
    }
    setEvidence([...evidence, { reportId: text.id, reportTitle: text.title, anchor: { exact, start, end } }]);
    setPickerMessage(`Added: “${exact.length > 80 ? `${exact.slice(0, 79)}…` : exact}”.`);
    window.getSelection()?.removeAllRanges();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setResult(null);
    const answer = await postDesk<{ verdict: Verdict }>('resolve', {
      claimId: claim.id,
      verdict: verdict || undefined,
      effective,
      rationale,
      correctsId: correctsId || undefined,
      evidence: evidence.map(({ reportId, anchor }) => ({ reportId, anchor })),
    });
    setBusy(false);
    if (answer.ok) {
      setResult({ ok: true, message: `Recorded: the claim is now ${VERDICTS[answer.verdict].label.toLowerCase()}.` });
      setVerdict('');
      setRationale('');
      setEvidence([]);
      setCorrectsId('');
      router.refresh();
    } else setResult({ ok: false, message: answer.message, fields: answer.fields });
  }

  async function hide() {
    if (!window.confirm('Hide this claim? It leaves every page and list; nothing is deleted, and an editor can restore it.')) return;
    const answer = await postDesk('hide', { id: claim.id, version: claim.version });
    if (answer.ok) router.push('/desk');
    else if (answer.conflict) {
      const now = answer.current as { statement: string; verdict: Verdict | null } | null;
      setResult({
        ok: false,
        conflict: true,
        message: now
          ? `Someone else saved this claim first: it now reads “${now.statement}” (${VERDICTS[now.verdict ?? 'OPEN'].label.toLowerCase()}). Nothing was hidden; reload to see their change, then decide again.`
          : 'Someone else saved this claim first, and it is no longer there. Nothing was hidden.',
      });
    } else setResult({ ok: false, message: answer.message });
  }

  const message = (...names: string[]) => fieldMessage(result?.fields, ...names);

  return (
    <section aria-labelledby="settle" className="desk-tools" data-ready={ready ? 'true' : undefined}>
      <h2 id="settle">Settle this claim</h2>
      <form className="desk-form settle-form" onSubmit={(event) => void submit(event)} noValidate>
        <div aria-live="polite">
          {result && (
            <div className={result.ok ? 'notice notice-done' : 'form-error'} role={result.ok ? 'status' : 'alert'}>
              <p>{!result.ok && result.fields?.length ? 'Not recorded: see the fields below. Nothing was stored.' : result.message}</p>
              {result.conflict && (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    setResult(null);
                    router.refresh();
                  }}
                >
                  Reload the claim
                </button>
              )}
            </div>
          )}
        </div>
        <fieldset className="field">
          <legend>Verdict</legend>
          <div className="field-row">
            {VERDICT_ORDER.map((v) => (
              <label key={v} className="choice">
                <input type="radio" name="verdict" value={v} checked={verdict === v} onChange={() => setVerdict(v)} />
                <span className="verdict" data-verdict={v}>
                  <span className="verdict-icon" aria-hidden="true">
                    {VERDICTS[v].icon}
                  </span>
                  {VERDICTS[v].label}
                </span>
              </label>
            ))}
          </div>
          <FieldError id="verdict-error" message={message('verdict')} />
        </fieldset>
        <div className="field-row">
          <div className="field">
            <label htmlFor="effective">Took effect (YYYY, YYYY-MM or YYYY-MM-DD)</label>
            <input
              id="effective"
              inputMode="numeric"
              placeholder="2023-01-15"
              value={effective}
              onChange={(e) => setEffective(e.target.value)}
              aria-describedby="effective-error"
              aria-invalid={message('effective') ? true : undefined}
            />
            <FieldError id="effective-error" message={message('effective')} />
          </div>
          <div className="field">
            <label htmlFor="corrects">Entry</label>
            <select id="corrects" value={correctsId} onChange={(e) => setCorrectsId(e.target.value)} aria-describedby="corrects-error">
              <option value="">A new entry in the log</option>
              {resolutions.map((r) => (
                <option key={r.id} value={r.id}>
                  Corrects: {VERDICTS[r.verdict].label} ({r.effective ?? 'undated'})
                </option>
              ))}
            </select>
            <FieldError id="corrects-error" message={message('correctsId')} />
          </div>
        </div>
        <div className="field">
          <label htmlFor="rationale">Rationale</label>
          <textarea
            id="rationale"
            rows={3}
            value={rationale}
            onChange={(e) => setRationale(e.target.value)}
            aria-describedby="rationale-error"
            aria-invalid={message('rationale') ? true : undefined}
          />
          <FieldError id="rationale-error" message={message('rationale')} />
        </div>

        <fieldset className="field">
          <legend>Evidence</legend>
          {evidence.length > 0 ? (
            <ul className="evidence-list">
              {evidence.map((e, i) => (
                <li key={`${e.reportId}-${e.anchor.start}`}>
                  “{e.anchor.exact}” <span className="muted">in {e.reportTitle}</span>{' '}
                  <button type="button" className="link-button" onClick={() => setEvidence(evidence.filter((_, j) => j !== i))}>
                    Remove<span className="visually-hidden"> this passage</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="field-help">No passage yet: open a report and select the words that settle the claim.</p>
          )}
          <FieldError id="evidence-error" message={message('evidence', 'exact', 'anchor')} />
          <div className="field-row">
            <div className="field">
              <label htmlFor="evidence-report">Report</label>
              <select id="evidence-report" value={reportChoice} onChange={(e) => setReportChoice(e.target.value)}>
                {reports.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title}
                  </option>
                ))}
                <option value="other">Another report…</option>
              </select>
            </div>
            {reportChoice === 'other' && (
              <div className="field">
                <label htmlFor="report-query">Find it by its words</label>
                <div className="search-row">
                  <input
                    id="report-query"
                    type="search"
                    value={query}
                    onChange={(e) => setQuery(e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key !== 'Enter') return;
                      e.preventDefault();
                      void findReports();
                    }}
                  />
                  <button type="button" className="button button-secondary" onClick={() => void findReports()}>
                    Find
                  </button>
                </div>
              </div>
            )}
          </div>
          {reportChoice === 'other' && found && found.length > 0 && (
            <fieldset className="field">
              <legend>Reports found</legend>
              {found.map((r) => (
                <label key={r.id} className="choice">
                  <input type="radio" name="found-report" checked={otherReport === r.id} onChange={() => setOtherReport(r.id)} />
                  <span>{r.title}</span>
                </label>
              ))}
            </fieldset>
          )}
          <div className="decision-buttons">
            <button type="button" className="button button-secondary" onClick={() => void openReport()}>
              Open its text
            </button>
            {text && (
              <button type="button" className="button button-secondary" onClick={addSelection}>
                Add the selected words
              </button>
            )}
          </div>
          <p className="field-help" aria-live="polite">
            {pickerMessage}
          </p>
          {text && (
            <div
              ref={textRef}
              className="evidence-text"
              lang={text.language}
              aria-label={`Text of ${text.title}`}
              role="region"
              tabIndex={0}
            >
              {text.body}
            </div>
          )}
        </fieldset>

        <div className="decision-buttons">
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Recording…' : 'Record the verdict'}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void hide()}>
            Hide this claim
          </button>
        </div>
      </form>
    </section>
  );
}
