// The desk's session and write guard without a browser: the cookie's attributes (Secure under
// https) and which requests may write.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NextRequest } from 'next/server';
import { SESSION_COOKIE, sessionCookie } from '../src/lib/session.ts';
import { guardWrite, ownOrigin } from '../src/lib/write-guard.ts';

const request = (url: string, headers: Record<string, string>) => new NextRequest(url, { method: 'POST', headers });

describe('the session cookie', () => {
  it('is httpOnly and SameSite=Strict, Secure only when the page came over https', () => {
    const plain = sessionCookie('cgk_x', false);
    assert.deepEqual([plain.httpOnly, plain.sameSite, plain.secure, plain.path], [true, 'strict', false, '/']);
    assert.equal(sessionCookie('cgk_x', true).secure, true);
  });
});

describe('guardWrite', () => {
  it('takes the origin the browser used, behind a proxy too', () => {
    assert.equal(ownOrigin(request('http://127.0.0.1:3000/desk/actions/reject', { host: 'desk.example' })), 'http://desk.example');
    assert.equal(
      ownOrigin(request('http://127.0.0.1:3000/desk/actions/reject', { host: 'desk.example', 'x-forwarded-proto': 'https' })),
      'https://desk.example',
    );
  });

  it('lets a same-origin write with the session through, with its key', () => {
    const guarded = guardWrite(
      request('http://desk.example/desk/actions/reject', {
        host: 'desk.example',
        origin: 'http://desk.example',
        'sec-fetch-site': 'same-origin',
        cookie: `${SESSION_COOKIE}=cgk_secret`,
      }),
    );
    assert.deepEqual(guarded, { kind: 'ok', key: 'cgk_secret' });
  });

  it('refuses another origin (403), a missing Origin (403), a cross-site fetch (403) and no session (401)', async () => {
    const cases: [Record<string, string>, number][] = [
      [{ origin: 'https://evil.example', cookie: `${SESSION_COOKIE}=cgk_secret` }, 403],
      [{ cookie: `${SESSION_COOKIE}=cgk_secret` }, 403],
      [{ origin: 'http://desk.example', 'sec-fetch-site': 'same-site', cookie: `${SESSION_COOKIE}=cgk_secret` }, 403],
      [{ origin: 'http://desk.example' }, 401],
    ];
    for (const [headers, status] of cases) {
      const guarded = guardWrite(request('http://desk.example/desk/actions/reject', { host: 'desk.example', ...headers }));
      assert.equal(guarded.kind, 'refused', JSON.stringify(headers));
      if (guarded.kind === 'refused') {
        assert.equal(guarded.response.status, status, JSON.stringify(headers));
        assert.match(((await guarded.response.json()) as { message: string }).message, /^Refused: /);
      }
    }
  });
});
