'use client';
// Shared by every segment's error.tsx. In production the message is withheld from the browser;
// the digest matches the server log.

export function ErrorState({ error, retry, what }: { error: unknown; retry: () => void; what: string }) {
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;
  return (
    <div role="alert" className="problem">
      <h1>Could not load {what}</h1>
      <p>ClaimGraph’s data could not be read just now: the API may be down or busy. Your link is fine; try again in a moment.</p>
      <button type="button" className="button" onClick={() => retry()}>
        Try again
      </button>
      {digest && <p className="reference">Reference for the site’s maintainers: {digest}</p>}
    </div>
  );
}
