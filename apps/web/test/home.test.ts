// The reader, built, served by `next start` and reading the real API over HTTP.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { startTestApi, type TestApi } from '@claimgraph/api/testing';

const webDir = path.resolve(import.meta.dirname, '..');
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
let api: TestApi;
let web: ChildProcess;
let origin: string;

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

before(async () => {
  api = await startTestApi();
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  web = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: webDir,
    env: { ...process.env, CLAIMGRAPH_API_URL: `${api.origin}/graphql`, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 120; i += 1) {
    try {
      await fetch(origin);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error('next start did not answer within 30 s');
});

after(async () => {
  web?.kill();
  await api?.stop();
});

describe('the reader', () => {
  it('lists the reports it reads from the API, each title in its own language', async () => {
    const html = await (await fetch(origin)).text();
    const seed = await api.prisma.report.findFirstOrThrow({ where: { isSummary: false } });
    const total = await api.prisma.report.count();
    assert.ok(html.includes(`lang="de">${seed.title}</h2>`), 'seed report title with lang="de"');
    assert.equal(html.match(/<li class="report">/g)?.length, total);
    assert.ok(html.includes('>2022-09</time>'), 'the month-precise date is shown as a month');
  });

  it('answers an unknown page with a not-found page', async () => {
    const response = await fetch(`${origin}/no-such-page`);
    assert.equal(response.status, 404);
  });
});
