// Sign-in: the form at /sign-in posts the key here. The key is checked through the SDK (the API's
// `viewer`) and kept in an httpOnly, SameSite=Strict cookie; the browser never sees it again.
import { AuthenticationError } from '@claimgraph/sdk';
import { NextResponse, type NextRequest } from 'next/server';
import { clientWithKey, sessionCookie } from '../../lib/session';
import { ownOrigin } from '../../lib/write-guard';

/** Only paths of this site: a `next` of another site would make sign-in an open redirect. */
function safeNext(value: FormDataEntryValue | null): string {
  return typeof value === 'string' && /^\/(?!\/)[^\\\s]*$/.test(value) ? value : '/desk';
}

export async function POST(request: NextRequest) {
  const origin = ownOrigin(request);
  if (request.headers.get('origin') !== origin) {
    return NextResponse.json({ ok: false, message: 'Refused: sign in from this site’s own sign-in page.' }, { status: 403 });
  }
  const form = await request.formData();
  const entry = form.get('key');
  const key = typeof entry === 'string' ? entry.trim() : '';
  const next = safeNext(form.get('next'));
  const back = (error: string) => NextResponse.redirect(new URL(`/sign-in?error=${error}&next=${encodeURIComponent(next)}`, origin), 303);
  if (!key) return back('empty');
  let viewer;
  try {
    viewer = await clientWithKey(key).viewer();
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    viewer = null;
  }
  if (!viewer) return back('unknown');
  const response = NextResponse.redirect(new URL(next, origin), 303);
  response.cookies.set(sessionCookie(key, origin.startsWith('https:')));
  return response;
}
