'use client';
// /desk/new: the text (pasted or from a .txt file), its title, date with its precision, publisher
// (picked or new) and language (guessed from the text until the editor picks one). Submitting
// runs the ingest on the server and opens the review of the report's proposals.
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { fieldMessage, postDesk, type FieldMessage } from '../../lib/desk-client';
import { reviewHref } from '../../lib/desk-urls';
import { FieldError } from './field-error';

type Precision = 'DAY' | 'MONTH' | 'YEAR';
const LANGUAGES = ['de', 'en', 'fr', 'es', 'it', 'nl', 'pl', 'pt', 'ru', 'uk', 'tr', 'sv', 'da', 'no', 'cs', 'ar', 'zh', 'ja', 'ko'];
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const PUBLISHER_KINDS = [
  ['NEWS_OUTLET', 'News outlet'],
  ['NEWS_AGENCY', 'News agency'],
  ['GOVERNMENT_BODY', 'Government body'],
  ['DOCUMENT', 'Document'],
] as const;

function precisionOf(date: string): Precision {
  return date.length === 4 ? 'YEAR' : date.length === 7 ? 'MONTH' : 'DAY';
}

export function IngestForm({ sources }: { sources: { id: string; name: string }[] }) {
  const router = useRouter();
  const [body, setBody] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [precision, setPrecision] = useState<Precision>('DAY');
  const [date, setDate] = useState('');
  const [publisher, setPublisher] = useState('');
  const [newPublisher, setNewPublisher] = useState({ name: '', kind: 'NEWS_OUTLET' as (typeof PUBLISHER_KINDS)[number][0] });
  const [language, setLanguage] = useState('');
  const [detected, setDetected] = useState<{ language: string; fallback: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; fields?: FieldMessage[] } | null>(null);
  const languageChosen = useRef(false);
  const dateChosen = useRef(false);

  // The language follows the text until the editor picks one.
  useEffect(() => {
    if (!body.trim()) return;
    const detect = async () => {
      const answer = await postDesk<{ language: string; fallback: boolean }>('prepare', { text: body });
      if (!answer.ok) return;
      setDetected({ language: answer.language, fallback: answer.fallback });
      if (!languageChosen.current) setLanguage(answer.language);
    };
    const timer = setTimeout(() => void detect(), 300);
    return () => clearTimeout(timer);
  }, [body]);

  async function readFile(file: File | undefined) {
    if (!file) return;
    const text = await file.text();
    const answer = await postDesk<{ body: string; date: string | null }>('prepare', { text });
    if (!answer.ok) {
      setError({ message: answer.message });
      return;
    }
    setBody(answer.body);
    if (answer.date && !dateChosen.current) {
      setPrecision(precisionOf(answer.date));
      setDate(answer.date);
    }
    if (!title) setTitle(file.name.replace(/\.txt$/i, ''));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const answer = await postDesk<{ reportId: string }>('ingest', {
      body,
      title,
      url: url || undefined,
      published: date,
      language: language || undefined,
      publisherId: publisher && publisher !== 'new' ? publisher : undefined,
      newPublisher: publisher === 'new' ? newPublisher : undefined,
    });
    if (answer.ok) {
      router.push(reviewHref(answer.reportId));
      return;
    }
    setBusy(false);
    setError({ message: answer.message, fields: answer.fields });
  }

  const message = (...names: string[]) => fieldMessage(error?.fields, ...names);
  const dateInputType = precision === 'DAY' ? 'date' : precision === 'MONTH' ? 'month' : 'number';

  return (
    <form className="desk-form ingest-form" onSubmit={(event) => void submit(event)} noValidate>
      {error && (
        <p className="form-error" role="alert">
          {error.fields?.length ? 'Not ingested: some fields need attention (see below). Nothing was stored.' : error.message}
        </p>
      )}
      <div className="field">
        <label htmlFor="body">Text of the report</label>
        <textarea
          id="body"
          name="body"
          rows={14}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          aria-describedby="body-help body-error"
          aria-invalid={message('body') ? true : undefined}
        />
        <p id="body-help" className="field-help">
          Paste it, or{' '}
          <label htmlFor="file" className="inline-label">
            upload a .txt file
          </label>{' '}
          <input id="file" type="file" accept=".txt,text/plain" onChange={(e) => void readFile(e.target.files?.[0])} />
        </p>
        <FieldError id="body-error" message={message('body')} />
      </div>

      <div className="field">
        <label htmlFor="title">Title</label>
        <input
          id="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-describedby="title-error"
          aria-invalid={message('title') ? true : undefined}
        />
        <FieldError id="title-error" message={message('title')} />
      </div>

      <fieldset className="field-row">
        <legend>Published</legend>
        <div className="field">
          <label htmlFor="precision">Known to the</label>
          <select
            id="precision"
            value={precision}
            onChange={(e) => {
              setPrecision(e.target.value as Precision);
              setDate('');
            }}
          >
            <option value="DAY">day</option>
            <option value="MONTH">month</option>
            <option value="YEAR">year</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="published">{precision === 'DAY' ? 'Day' : precision === 'MONTH' ? 'Month (YYYY-MM)' : 'Year'}</label>
          <input
            id="published"
            type={dateInputType}
            min={precision === 'YEAR' ? 1900 : undefined}
            max={precision === 'YEAR' ? 2100 : undefined}
            value={date}
            onChange={(e) => {
              dateChosen.current = true;
              setDate(e.target.value);
            }}
            aria-describedby="published-error"
            aria-invalid={message('published') ? true : undefined}
          />
          <FieldError id="published-error" message={message('published')} />
        </div>
      </fieldset>

      <div className="field-row">
        <div className="field">
          <label htmlFor="publisher">Publisher</label>
          <select id="publisher" value={publisher} onChange={(e) => setPublisher(e.target.value)} aria-describedby="publisher-error">
            <option value="">Unknown</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
            <option value="new">A new publisher…</option>
          </select>
          <FieldError id="publisher-error" message={message('publisherId')} />
        </div>
        <div className="field">
          <label htmlFor="language">Language</label>
          <select
            id="language"
            value={language}
            onChange={(e) => {
              languageChosen.current = true;
              setLanguage(e.target.value);
            }}
            aria-describedby="language-help language-error"
          >
            <option value="">Detect from the text</option>
            {LANGUAGES.map((tag) => (
              <option key={tag} value={tag}>
                {languageNames.of(tag)}
              </option>
            ))}
          </select>
          <p id="language-help" className="field-help" aria-live="polite">
            {detected
              ? detected.fallback
                ? 'The text is too short to tell its language.'
                : `Detected: ${languageNames.of(detected.language) ?? detected.language}.`
              : ''}
          </p>
          <FieldError id="language-error" message={message('language')} />
        </div>
      </div>

      {publisher === 'new' && (
        <fieldset className="field-row">
          <legend>New publisher</legend>
          <div className="field">
            <label htmlFor="publisher-name">Name</label>
            <input
              id="publisher-name"
              value={newPublisher.name}
              onChange={(e) => setNewPublisher({ ...newPublisher, name: e.target.value })}
              aria-describedby="publisher-name-error"
            />
            <FieldError id="publisher-name-error" message={message('name')} />
          </div>
          <div className="field">
            <label htmlFor="publisher-kind">Kind</label>
            <select
              id="publisher-kind"
              value={newPublisher.kind}
              onChange={(e) => setNewPublisher({ ...newPublisher, kind: e.target.value as (typeof PUBLISHER_KINDS)[number][0] })}
            >
              {PUBLISHER_KINDS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      )}

      <div className="field">
        <label htmlFor="url">Address of the original (optional)</label>
        <input id="url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} aria-describedby="url-error" />
        <FieldError id="url-error" message={message('url')} />
      </div>

      <button type="submit" className="button" disabled={busy}>
        {busy ? 'Ingesting…' : 'Ingest and review'}
      </button>
    </form>
  );
}
