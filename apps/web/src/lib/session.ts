// The editor's session: their API key in an httpOnly, SameSite=Strict cookie (Secure under https),
// read only on the Next server. Every desk write goes through the SDK with that key.
import { AuthenticationError, createClient, type ClaimGraphClient, type FetchLike, type Viewer } from '@claimgraph/sdk';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { env } from '../env';

export const SESSION_COOKIE = 'claimgraph_desk';
/** Eight hours: a working day at the desk. */
const SESSION_SECONDS = 8 * 60 * 60;

const noStoreFetch: FetchLike = (url, init) => fetch(url, { ...init, cache: 'no-store' });

/** A client that writes as the holder of `key`. */
export function clientWithKey(key: string): ClaimGraphClient {
  return createClient({ url: env.CLAIMGRAPH_API_URL, apiKey: key, fetch: noStoreFetch });
}

export interface Editor extends Viewer {
  client: ClaimGraphClient;
}

/** Who holds the key in the session's cookie, asked of the API (once per request); null for a visitor or a key no longer valid. */
export const currentEditor = cache(async (recentWrites = 0): Promise<Editor | null> => {
  const key = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!key) return null;
  const client = clientWithKey(key);
  try {
    const viewer = await client.viewer({ recentWrites });
    return viewer && { ...viewer, client };
  } catch (error) {
    if (error instanceof AuthenticationError) return null;
    throw error;
  }
});

/** The cookie's attributes: never readable by scripts, never sent from another site, Secure when the page came over https. */
export function sessionCookie(value: string, secure: boolean) {
  return {
    name: SESSION_COOKIE,
    value,
    httpOnly: true,
    sameSite: 'strict' as const,
    secure,
    path: '/',
    maxAge: SESSION_SECONDS,
  };
}
