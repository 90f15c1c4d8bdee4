'use client';
// Reviewing a report's proposals: the text with each pending proposal marked (dashed, hatched)
// apart from the accepted claims (in their verdict's colour); beside it the selected proposal with
// its cue and rule, claimants, chain, credibility and ranked matches. The keyboard does it all:
// j/k move, 1-5 pick a match and 0 a new claim, a accepts, e edits the new claim, r rejects, ? helps.
import type { ClaimKind, Proposal, ReportAppearance } from '@claimgraph/sdk';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { fieldMessage, postDesk, type FieldMessage } from '../../lib/desk-client';
import { placeHighlights, type Anchor } from '../../lib/highlights';
import { CREDIBILITY, humanize } from '../../lib/labels';
import { VERDICTS, verdictOf } from '../../lib/verdicts';
import { claimHref } from '../../lib/urls';
import { FieldError } from './field-error';

const KINDS: ClaimKind[] = ['EVENT', 'QUANTITY', 'PREDICTION', 'CONDITION', 'INTENT', 'LEGAL_ASSESSMENT', 'OTHER'];
/** A match this good is offered as the default decision: the words most likely repeat that claim. */
const LIKELY_SAME = 0.6;

export interface ReviewDeskProps {
  report: { id: string; language: string; body: string };
  appearances: ReportAppearance[];
  proposals: Proposal[];
}

type Target = { kind: 'new' } | { kind: 'match'; index: number };
type Notice =
  { kind: 'error'; message: string; fields?: FieldMessage[] } | { kind: 'conflict'; message: string } | { kind: 'done'; message: string };

const NO_ANCHOR: Anchor = { start: null, end: null, exact: null, status: null };

function defaultTarget(proposal: Proposal | undefined): Target {
  const best = proposal?.matches[0];
  return best && best.claim && best.score >= LIKELY_SAME ? { kind: 'match', index: 0 } : { kind: 'new' };
}

/** Known actors named inside the words who are not its claimants: likely what the claim is about. */
function subjectChoices(proposal: Proposal | undefined): { id: string; name: string }[] {
  if (!proposal) return [];
  const claimants = new Set(proposal.claimants.flatMap((c) => (c.actor ? [c.actor.id] : [])));
  const seen = new Map<string, { id: string; name: string }>();
  for (const n of proposal.names) if (n.actor && !claimants.has(n.actor.id)) seen.set(n.actor.id, { id: n.actor.id, name: n.actor.name });
  return [...seen.values()];
}

/** Whether a key goes into a field that takes text (a focused radio or checkbox still lets the desk's keys work). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit', 'reset', 'file'].includes(target.type);
}

function conflictSentence(current: unknown): string {
  const p = current as Partial<Proposal> | null;
  if (!p) return 'Someone else changed this proposal first, and it is no longer there.';
  const what =
    p.status === 'ACCEPTED' ? (p.appearance ? 'accepted it' : 'accepted it') : p.status === 'REJECTED' ? 'rejected it' : 'changed it';
  const who = p.decidedBy ? p.decidedBy.replace(/^key:/, '').replace(/\s*\(.*\)$/, '') : 'another editor';
  const when = p.decidedAt ? ` at ${new Date(p.decidedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
  const note = p.decisionNote ? `, noting “${p.decisionNote}”` : '';
  return `Someone else saved first: ${who} ${what}${when}${note}. Your decision was not saved.`;
}

export function ReviewDesk({ report, appearances, proposals }: ReviewDeskProps) {
  const router = useRouter();
  const pending = useMemo(() => proposals.filter((p) => p.status === 'PENDING'), [proposals]);
  // The selection is a place in the list of pending proposals: when a decision takes one out, the
  // same place holds the next, with no moment in between showing another.
  const [position, setPosition] = useState(0);
  const selectedIndex = Math.max(0, Math.min(position, pending.length - 1));
  const selected = pending[selectedIndex];
  const [target, setTarget] = useState<Target>(() => defaultTarget(selected));
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [draft, setDraft] = useState({
    statement: '',
    kind: 'EVENT' as ClaimKind,
    resolutionCriteria: '',
    resolvableBy: '',
    claimantIds: [] as string[],
    subjectIds: [] as string[],
  });
  const statementRef = useRef<HTMLTextAreaElement>(null);
  const helpRef = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  // Set once the keys listen (the tests wait for it; a server-rendered page does not answer keys yet).
  const [ready, setReady] = useState(false);

  const selectedKey = selected ? `${selected.id}:${selected.version}` : null;
  useEffect(() => {
    setTarget(defaultTarget(selected));
    setEditing(false);
    const draftStatement = selected?.statement.startsWith('[untranslated') ? '' : (selected?.statement ?? '');
    setDraft({
      statement: draftStatement,
      kind: 'EVENT',
      resolutionCriteria: '',
      resolvableBy: '',
      claimantIds: selected?.claimants.flatMap((c) => (c.actor ? [c.actor.id] : [])) ?? [],
      subjectIds: subjectChoices(selected).map((a) => a.id),
    });
    if (selected && !window.matchMedia('(max-width: 52rem)').matches) {
      textRef.current?.querySelector(`[data-proposal="${CSS.escape(selected.id)}"]`)?.scrollIntoView({ block: 'nearest' });
    }
    // Only a different proposal (or a new version of it) starts a fresh draft.
  }, [selectedKey]);

  useEffect(() => {
    if (editing) statementRef.current?.focus();
  }, [editing]);

  const decide = useCallback(
    async (action: 'accept' | 'reject', body: Record<string, unknown>, done: string) => {
      if (!selected || busy) return;
      setBusy(true);
      setNotice(null);
      const answer = await postDesk(action, { id: selected.id, version: selected.version, reportId: report.id, ...body });
      setBusy(false);
      if (answer.ok) {
        setEditing(false);
        setNotice({ kind: 'done', message: done });
        router.refresh();
      } else if (answer.conflict) {
        setNotice({ kind: 'conflict', message: conflictSentence(answer.current) });
      } else {
        setNotice({ kind: 'error', message: answer.message, fields: answer.fields });
        if (action === 'accept' && answer.fields?.length && target.kind === 'new') setEditing(true);
      }
    },
    [selected, busy, report.id, router, target.kind],
  );

  const acceptNew = useCallback(
    (event?: FormEvent) => {
      event?.preventDefault();
      void decide(
        'accept',
        {
          newClaim: {
            statement: draft.statement,
            kind: draft.kind,
            resolutionCriteria: draft.resolutionCriteria || undefined,
            resolvableBy: draft.resolvableBy || undefined,
            claimantIds: draft.claimantIds,
            subjectIds: draft.subjectIds,
          },
        },
        'Accepted as a new claim.',
      );
    },
    [decide, draft],
  );

  const accept = useCallback(() => {
    if (!selected) return;
    if (target.kind === 'match') {
      const match = selected.matches[target.index];
      if (match?.claim) void decide('accept', { claimId: match.claim.id }, `Accepted as an appearance of “${match.statement}”.`);
      return;
    }
    if (editing && draft.statement.trim()) acceptNew();
    else setEditing(true);
  }, [selected, target, editing, draft.statement, decide, acceptNew]);

  const reject = useCallback(() => void decide('reject', {}, 'Rejected: these words will not be proposed again.'), [decide]);

  const move = useCallback(
    (step: number) => {
      if (pending.length === 0) return;
      setPosition((selectedIndex + step + pending.length) % pending.length);
      setNotice(null);
    },
    [pending, selectedIndex],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey) {
        if (editing && event.ctrlKey && event.key === 'Enter') acceptNew();
        return;
      }
      if (event.key === 'Escape' && editing) {
        setEditing(false);
        return;
      }
      if (isTyping(event.target) || helpRef.current?.open) return;
      const key = event.key;
      if (key === 'j') move(1);
      else if (key === 'k') move(-1);
      else if (key === 'a') accept();
      else if (key === 'r') reject();
      else if (key === 'e') {
        setTarget({ kind: 'new' });
        setEditing(true);
      } else if (key === '?') helpRef.current?.showModal();
      else if (key === '0' || key === 'n') setTarget({ kind: 'new' });
      else if (/^[1-5]$/.test(key) && selected?.matches[Number(key) - 1]?.claim) setTarget({ kind: 'match', index: Number(key) - 1 });
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    setReady(true);
    return () => window.removeEventListener('keydown', onKey);
  }, [move, accept, reject, acceptNew, editing, selected]);

  // Accepted claims and pending proposals, placed together: anchors [0, appearances) are claims.
  const anchors: Anchor[] = [...appearances.map((a) => a.quote ?? NO_ANCHOR), ...pending.map((p) => p.quote)];
  const { paragraphs, unplaced } = placeHighlights(report.body, anchors);
  const message = (...names: string[]) => (notice?.kind === 'error' ? fieldMessage(notice.fields, ...names) : undefined);

  return (
    <div className="reader review" data-ready={ready ? 'true' : undefined}>
      <div>
        <p className="review-legend">
          <span className="proposal-highlight legend-sample">proposed</span> waits for your decision;{' '}
          <span className="claim-highlight legend-sample" data-verdict="OPEN">
            accepted
          </span>{' '}
          claims carry their verdict’s colour. Press <kbd>?</kbd> for the keys.
        </p>
        <div className="report-text" lang={report.language} ref={textRef}>
          {paragraphs.map((paragraph) => (
            <p key={paragraph.start}>
              {paragraph.pieces.map((piece, i) => {
                if (piece.kind === 'text') return <span key={i}>{piece.text}</span>;
                if (piece.anchor < appearances.length) {
                  const claim = appearances[piece.anchor]?.claim;
                  const verdict = verdictOf(claim?.verdict);
                  return (
                    <span key={i} className="claim-highlight accepted-claim" data-verdict={verdict} data-claim={claim?.id}>
                      {piece.text}
                      {piece.first && <span className="visually-hidden"> (accepted claim, {VERDICTS[verdict].label.toLowerCase()})</span>}
                    </span>
                  );
                }
                const proposal = pending[piece.anchor - appearances.length]!;
                const current = proposal.id === selected?.id;
                const choose = () => {
                  setPosition(pending.indexOf(proposal));
                  setNotice(null);
                  // On a phone the panel sits above the text: bring it into view.
                  if (window.matchMedia('(max-width: 52rem)').matches) panelRef.current?.scrollIntoView({ block: 'start' });
                };
                // A span, not a <button>: a button is a box and would break the line of text.
                return (
                  <span
                    key={i}
                    role="button"
                    className="proposal-highlight"
                    data-proposal={proposal.id}
                    aria-pressed={current}
                    tabIndex={piece.first ? 0 : -1}
                    onClick={choose}
                    onKeyDown={(event) => {
                      if (event.key !== 'Enter' && event.key !== ' ') return;
                      event.preventDefault();
                      choose();
                    }}
                  >
                    {piece.text}
                    {piece.first && <span className="visually-hidden"> (proposed claim)</span>}
                  </span>
                );
              })}
            </p>
          ))}
        </div>
        {unplaced.length > 0 && (
          <p className="muted">
            {unplaced.length} highlight{unplaced.length === 1 ? '' : 's'} could not be drawn in the text (overlapping or lost words).
          </p>
        )}
      </div>

      <aside className="claim-panel review-panel" aria-labelledby="proposal-heading" ref={panelRef}>
        <div aria-live="polite" className="review-notice">
          {notice && (
            <div className={`notice notice-${notice.kind}`} role={notice.kind === 'done' ? 'status' : 'alert'}>
              <p>{notice.kind === 'error' && notice.fields?.length ? 'Not saved: see the fields below.' : notice.message}</p>
              {notice.kind === 'conflict' && (
                <button type="button" className="button button-small" onClick={() => router.refresh()}>
                  Reload the proposals
                </button>
              )}
            </div>
          )}
        </div>
        {!selected ? (
          <>
            <h2 id="proposal-heading">Nothing left to decide</h2>
            <p>Every proposal in this report has been decided.</p>
          </>
        ) : (
          <>
            <h2 id="proposal-heading">
              Proposal {selectedIndex + 1} of {pending.length}
            </h2>
            {/* While the new claim is being worded, the words stay marked in the text: the form gets the room. */}
            {!editing && (
              <blockquote lang={report.language} className="proposal-quote">
                {selected.quote.exact}
              </blockquote>
            )}
            <p className="proposal-rule">
              Found by “<span lang={report.language}>{selected.cue}</span>” <span className="muted">(rule {selected.rule})</span>
            </p>

            <fieldset className="decision">
              <legend>Accept as</legend>
              <label className="choice">
                <input type="radio" name="target" checked={target.kind === 'new'} onChange={() => setTarget({ kind: 'new' })} />
                <span>
                  a new claim <kbd>0</kbd>
                </span>
              </label>
              {selected.matches.length === 0 && <p className="muted">No claim in the graph resembles it.</p>}
              {selected.matches.map((match, i) => (
                <label key={i} className="choice match">
                  <input
                    type="radio"
                    name="target"
                    disabled={!match.claim}
                    checked={target.kind === 'match' && target.index === i}
                    onChange={() => setTarget({ kind: 'match', index: i })}
                  />
                  <span>
                    an appearance of <strong>{match.statement}</strong> <kbd>{i + 1}</kbd>
                    <span className="score">
                      score {match.score.toFixed(2)}: text {match.parts.text.toFixed(2)}
                      {match.parts.actors != null && `, actors ${match.parts.actors.toFixed(2)}`}
                      {match.parts.numbers != null && `, numbers ${match.parts.numbers.toFixed(2)}`}
                      {match.parts.dates != null && `, dates ${match.parts.dates.toFixed(2)}`}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>

            {editing && target.kind === 'new' && (
              <form className="desk-form new-claim-form" onSubmit={acceptNew} aria-label="The new claim">
                <div className="field">
                  <label htmlFor="statement">Statement in English</label>
                  <textarea
                    id="statement"
                    ref={statementRef}
                    rows={3}
                    value={draft.statement}
                    onChange={(e) => setDraft({ ...draft, statement: e.target.value })}
                    aria-describedby="statement-help statement-error"
                    aria-invalid={message('statement') ? true : undefined}
                  />
                  <p id="statement-help" className="field-help">
                    <kbd>Ctrl</kbd>+<kbd>Enter</kbd> accepts, <kbd>Esc</kbd> leaves the form.
                  </p>
                  <FieldError id="statement-error" message={message('statement')} />
                </div>
                <div className="field">
                  <label htmlFor="kind">Kind</label>
                  <select id="kind" value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as ClaimKind })}>
                    {KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {humanize(kind)}
                      </option>
                    ))}
                  </select>
                </div>
                {selected.claimants.some((c) => c.actor) && (
                  <fieldset className="field">
                    <legend>Claimants</legend>
                    {selected.claimants.flatMap((c) =>
                      c.actor
                        ? [
                            <label key={c.actor.id} className="choice">
                              <input
                                type="checkbox"
                                checked={draft.claimantIds.includes(c.actor.id)}
                                onChange={(e) => {
                                  const id = c.actor!.id;
                                  setDraft({
                                    ...draft,
                                    claimantIds: e.target.checked ? [...draft.claimantIds, id] : draft.claimantIds.filter((x) => x !== id),
                                  });
                                }}
                              />
                              <span>{c.actor.name}</span>
                            </label>,
                          ]
                        : [],
                    )}
                  </fieldset>
                )}
                {subjectChoices(selected).length > 0 && (
                  <fieldset className="field">
                    <legend>Subjects</legend>
                    {subjectChoices(selected).map((actor) => (
                      <label key={actor.id} className="choice">
                        <input
                          type="checkbox"
                          checked={draft.subjectIds.includes(actor.id)}
                          onChange={(e) =>
                            setDraft({
                              ...draft,
                              subjectIds: e.target.checked
                                ? [...draft.subjectIds, actor.id]
                                : draft.subjectIds.filter((x) => x !== actor.id),
                            })
                          }
                        />
                        <span>{actor.name}</span>
                      </label>
                    ))}
                  </fieldset>
                )}
                <div className="field">
                  <label htmlFor="criteria">Resolution criteria (optional)</label>
                  <textarea
                    id="criteria"
                    rows={2}
                    value={draft.resolutionCriteria}
                    onChange={(e) => setDraft({ ...draft, resolutionCriteria: e.target.value })}
                    aria-describedby="criteria-error"
                  />
                  <FieldError id="criteria-error" message={message('resolutionCriteria')} />
                </div>
                <div className="field">
                  <label htmlFor="resolvable-by">Resolvable by (optional)</label>
                  <input
                    id="resolvable-by"
                    type="date"
                    value={draft.resolvableBy}
                    onChange={(e) => setDraft({ ...draft, resolvableBy: e.target.value })}
                    aria-describedby="resolvable-by-error"
                  />
                  <FieldError id="resolvable-by-error" message={message('resolvableBy')} />
                </div>
                <button type="submit" className="button" disabled={busy}>
                  Accept as a new claim
                </button>
              </form>
            )}

            <div className="decision-buttons">
              {/* With the new claim's form open, its own button accepts. */}
              {!(editing && target.kind === 'new') && (
                <button type="button" className="button" onClick={accept} disabled={busy}>
                  {target.kind === 'new' ? 'Accept…' : 'Accept'} <kbd>a</kbd>
                </button>
              )}
              <button type="button" className="button button-secondary" onClick={reject} disabled={busy}>
                Reject <kbd>r</kbd>
              </button>
              {!editing && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    setTarget({ kind: 'new' });
                    setEditing(true);
                  }}
                >
                  Edit <kbd>e</kbd>
                </button>
              )}
            </div>
            <p className="field-help">
              <kbd>j</kbd>/<kbd>k</kbd> next/previous · <kbd>?</kbd> all keys
            </p>
            <dl className="facts">
              <dt>Draft statement</dt>
              <dd>{selected.statement}</dd>
              <dt>Claimants</dt>
              <dd>
                {selected.claimants.length ? selected.claimants.map((c) => c.actor?.name ?? `${c.name} (new)`).join(', ') : 'no one named'}
              </dd>
              <dt>Names in the words</dt>
              <dd>
                {selected.names.length
                  ? selected.names.map((n) => n.actor?.name ?? `${n.name} (new${n.hint ? ` ${n.hint}` : ''})`).join(', ')
                  : 'none recognised'}
              </dd>
              <dt>Chain</dt>
              <dd>
                {selected.chain.length ? (
                  <ol className="chain-list">
                    {selected.chain.map((link, i) => (
                      <li key={i}>
                        {link.source?.name ?? link.actor?.name ?? `${link.name} (new)`}{' '}
                        <span className="muted">{humanize(link.role).toLowerCase()}</span>
                      </li>
                    ))}
                  </ol>
                ) : (
                  'none given'
                )}
              </dd>
              <dt>Credibility</dt>
              <dd>
                {CREDIBILITY[selected.credibility]}
                {selected.credibilityCue && <span className="muted"> (from “{selected.credibilityCue}”)</span>}
              </dd>
              {selected.evidence?.claim && (
                <>
                  <dt>Evidence</dt>
                  <dd>
                    These words {selected.evidence.suggests === 'CONFIRMS' ? 'confirm' : 'refute'} a known claim:{' '}
                    <a href={claimHref(selected.evidence.claim.id)}>settle it from its page</a>.
                  </dd>
                </>
              )}
            </dl>
          </>
        )}
      </aside>

      <dialog
        ref={helpRef}
        className="help-dialog"
        aria-labelledby="help-heading"
        onClick={(e) => e.target === helpRef.current && helpRef.current?.close()}
      >
        <h2 id="help-heading">Keys</h2>
        <dl className="keys">
          <dt>
            <kbd>j</kbd> / <kbd>k</kbd>
          </dt>
          <dd>next / previous proposal</dd>
          <dt>
            <kbd>1</kbd>–<kbd>5</kbd>
          </dt>
          <dd>choose that match: accept as a new appearance of its claim</dd>
          <dt>
            <kbd>0</kbd>
          </dt>
          <dd>choose a new claim</dd>
          <dt>
            <kbd>a</kbd>
          </dt>
          <dd>accept as chosen (a new claim opens its form first)</dd>
          <dt>
            <kbd>e</kbd>
          </dt>
          <dd>edit the new claim</dd>
          <dt>
            <kbd>r</kbd>
          </dt>
          <dd>reject</dd>
          <dt>
            <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </dt>
          <dd>accept the new claim from its form</dd>
          <dt>
            <kbd>Esc</kbd>
          </dt>
          <dd>leave the form, or close this help</dd>
        </dl>
        <form method="dialog">
          <button type="submit" className="button">
            Close
          </button>
        </form>
      </dialog>
    </div>
  );
}
