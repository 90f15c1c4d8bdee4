'use client';

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  // In production the message is withheld from the browser; the digest matches the server log.
  const digest = error instanceof Error && 'digest' in error ? String(error.digest) : undefined;

  return (
    <div role="alert" className="problem">
      <h1>Could not reach the ClaimGraph API</h1>
      <p>
        The reports could not be loaded. Check that the API is running, then try again.
      </p>
      <button type="button" className="button" onClick={() => retry()}>
        Try again
      </button>
      {digest && <p className="reference">Reference: {digest}</p>}
    </div>
  );
}
