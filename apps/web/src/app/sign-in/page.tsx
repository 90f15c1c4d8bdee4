import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentEditor } from '../../lib/session';

export const metadata: Metadata = { title: 'Sign in' };

const ERRORS: Record<string, string> = {
  empty: 'Paste your API key first.',
  unknown: 'That key was not accepted: it is unknown or has been revoked. Check it, or ask for a new one.',
};

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = typeof params.next === 'string' ? params.next : '/desk';
  if (await currentEditor()) redirect(next.startsWith('/') && !next.startsWith('//') ? next : '/desk');
  const error = typeof params.error === 'string' ? ERRORS[params.error] : undefined;
  return (
    <article className="sign-in-page">
      <header className="page-header">
        <p className="eyebrow">The editor’s desk</p>
        <h1>Sign in</h1>
        <p className="muted">
          Editors sign in with an API key, made with <code>npx claimgraph apikey create --role editor --name &quot;Your name&quot;</code>.
          The key stays on this site’s server; your browser keeps only a session cookie.
        </p>
      </header>
      <form method="post" action="/session" className="desk-form sign-in-form">
        <input type="hidden" name="next" value={next} />
        <div className="field">
          <label htmlFor="key">API key</label>
          <input
            id="key"
            name="key"
            type="password"
            autoComplete="off"
            spellCheck={false}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'key-error' : undefined}
          />
          {error && (
            <p id="key-error" className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="button">
          Sign in
        </button>
      </form>
    </article>
  );
}
