// What the operator sees and the caller does not: a database that is down is "database unavailable"
// to the caller and the whole story in the log; a refusal the caller caused is one info line; a bug
// is logged whole and masked to the caller.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '@claimgraph/db';
import { createApp } from '../src/app';
import type { Log } from '../src/log';
import { listen, startTestApi, type TestApi } from './harness';
import { sample } from './mutations-support';

/** A log that keeps what it is given. */
function capturedLog() {
  const lines = { info: [] as string[], warn: [] as string[], error: [] as { message: string; error: unknown }[] };
  const log: Log = {
    info: (line) => lines.info.push(line),
    warn: (line) => lines.warn.push(line),
    error: (message, error) => lines.error.push({ message, error }),
  };
  return { log, lines };
}

// A database that is not there: the driver's errors name its host, port and user.
const DOWN = 'postgresql://claimgraph:secret@127.0.0.1:1/claimgraph_down';
const INSIDE = /127\.0\.0\.1|secret|claimgraph_down|ECONNREFUSED|prisma|invocation|\bat \S+ \(/i;

let api: TestApi;
let down: PrismaClient;
before(async () => {
  api = await startTestApi();
  down = createPrismaClient(DOWN);
});
after(async () => {
  await down?.$disconnect();
  await api?.stop();
});

describe('/ready', () => {
  it('answers 503 "database unavailable" while the database is down, and logs where and why', async () => {
    const { log, lines } = capturedLog();
    const served = await listen(createApp({ prisma: down, log }));
    try {
      const response = await fetch(`${served.origin}/ready`);
      assert.equal(response.status, 503);
      const text = await response.text();
      assert.equal(text, 'database unavailable');
      assert.doesNotMatch(text, INSIDE);
      assert.equal(lines.warn.length, 1);
      assert.match(lines.warn[0]!, /\/ready: database unavailable: .*127\.0\.0\.1/);
    } finally {
      await served.close();
    }
  });

  it('answers 200 when the database does', async () => {
    assert.equal((await fetch(`${api.origin}/ready`)).status, 200);
  });
});

describe('the log', () => {
  it('has one info line, without a stack, for each refusal the caller caused', async () => {
    const { log, lines } = capturedLog();
    const logged = await api.variant({ log });
    const editor = { authorization: `Bearer ${api.keys.editor}` };
    try {
      const refusals = {
        BAD_USER_INPUT: await logged.graphql('mutation { createSource(input: { name: " ", kind: OTHER }) { id } }', {}, editor),
        CONFLICT: await logged.graphql(
          `mutation { updateActor(input: { id: "${sample('Actor', 'actor:russia')}", version: 999, name: "X" }) { id } }`,
          {},
          editor,
        ),
        UNAUTHENTICATED: await logged.graphql('mutation { createSource(input: { name: "N", kind: OTHER }) { id } }'),
        COST_LIMIT: await logged.graphql(
          'query($n: Int) { claims(first: $n) { edges { node { claimants { claims(first: $n) { edges { node { statement } } } } } } } }',
          { n: 100 },
        ),
        GRAPHQL_VALIDATION_FAILED: await logged.graphql('{ nothing }'),
      };
      for (const [code, result] of Object.entries(refusals))
        assert.equal(result.body.errors?.[0]?.extensions?.code, code, JSON.stringify(result.body));
      assert.deepEqual(lines.error, [], 'nothing at error level');
      assert.equal(lines.info.length, Object.keys(refusals).length, lines.info.join('\n'));
      for (const [index, code] of Object.keys(refusals).entries()) {
        const line = lines.info[index]!;
        assert.match(line, new RegExp(`^claimgraph api: request [0-9a-f-]+: ${code}`));
        assert.doesNotMatch(line, /\n|\bat \S+ \(/);
      }
    } finally {
      await logged.stop();
    }
  });

  it('has the whole error, stack and all, for a failure nobody expected, which the caller sees masked', async () => {
    const { log, lines } = capturedLog();
    const served = await listen(createApp({ prisma: down, log }));
    try {
      const response = await fetch(`${served.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: '{ reports(first: 1) { edges { node { title } } } }' }),
      });
      const text = await response.text();
      assert.match(text, /"Unexpected error\."/);
      assert.match(text, /INTERNAL_SERVER_ERROR/);
      assert.doesNotMatch(text, INSIDE);
      assert.equal(lines.error.length, 1);
      const { error } = lines.error[0]!;
      assert.ok(error instanceof Error, 'the error itself is logged');
      assert.match(error.stack ?? '', /\n\s+at /);
      assert.match(
        `${error.message} ${String((error as { originalError?: Error }).originalError?.message)}`,
        /reports|127\.0\.0\.1|connect/i,
      );
      assert.deepEqual(lines.info, [], 'the masked error is not also logged as a refusal');
    } finally {
      await served.close();
    }
  });
});
