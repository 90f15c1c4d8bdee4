// Every desk write passes here first: it must come from this site's own pages (the browser's
// Origin header, and Sec-Fetch-Site where the browser sends it) and carry the desk session.
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from './session';

/** The origin the browser used to reach this server. */
export function ownOrigin(request: NextRequest): string {
  const proto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || request.nextUrl.protocol.replace(/:$/, '');
  const host = request.headers.get('host') ?? request.nextUrl.host;
  return `${proto}://${host}`;
}

export type Guarded = { kind: 'ok'; key: string } | { kind: 'refused'; response: NextResponse };

/** The session's key for a write from this site; otherwise the refusal to answer with (403 another site, 401 no session). */
export function guardWrite(request: NextRequest): Guarded {
  const origin = request.headers.get('origin');
  const site = request.headers.get('sec-fetch-site');
  if (origin !== ownOrigin(request) || (site !== null && site !== 'same-origin')) {
    return refuse(403, `Refused: a desk write must come from this site's own pages, not from ${origin ?? 'a request without an Origin'}.`);
  }
  const key = request.cookies.get(SESSION_COOKIE)?.value;
  if (!key) return refuse(401, 'Refused: sign in at /sign-in before writing.');
  return { kind: 'ok', key };
}

function refuse(status: number, message: string): Guarded {
  return { kind: 'refused', response: NextResponse.json({ ok: false, message }, { status }) };
}
