// Sign-out: the cookie goes (from this site's own pages only), and the visitor is back on the overview.
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '../../../lib/session';
import { ownOrigin } from '../../../lib/write-guard';

export function POST(request: NextRequest) {
  const origin = ownOrigin(request);
  if (request.headers.get('origin') !== origin) {
    return NextResponse.json({ ok: false, message: 'Refused: sign out from this site’s own pages.' }, { status: 403 });
  }
  const response = NextResponse.redirect(new URL('/', origin), 303);
  response.cookies.delete(SESSION_COOKIE);
  return response;
}
