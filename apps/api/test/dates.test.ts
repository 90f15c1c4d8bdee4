// A day that is not on the calendar (issue 13: "2022-02-31" used to become 3 March) is refused in
// the same words wherever it comes in: as a Date argument, literal or variable, and in a write.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertRefused, inputMutation, ok, refusedUnchanged, useApi } from './mutations-support';

const t = useApi();

const IMPOSSIBLE = '2022-02-31';
const MESSAGE = `"${IMPOSSIBLE}" is not a date: use a calendar day as YYYY-MM-DD`;

function issueMessage(
  result: { body: { errors?: readonly { extensions?: Record<string, unknown> }[] } },
  field: string,
): string | undefined {
  const fields = (result.body.errors?.[0]?.extensions?.fields ?? []) as { field: string; message: string }[];
  return fields.find((issue) => issue.field === field)?.message;
}

describe('a day that is not on the calendar', () => {
  it('is refused as an asOf variable, naming the argument, and sends no SQL', async () => {
    const result = await t.anonymous('query($day: Date) { claims(first: 1, asOf: $day) { totalCount } }', { day: IMPOSSIBLE });
    assertRefused(result, { code: 'BAD_USER_INPUT', status: 400, field: 'asOf', message: new RegExp(MESSAGE) });
    assert.equal(issueMessage(result, 'asOf'), MESSAGE);
    assert.equal(result.statements, 0);
  });

  it('is refused as an asOf literal, naming the argument', async () => {
    const result = await t.anonymous(`{ claims(first: 1, asOf: "${IMPOSSIBLE}") { totalCount } }`);
    assertRefused(result, { code: 'BAD_USER_INPUT', status: 400, field: 'asOf', message: new RegExp(MESSAGE) });
    assert.equal(issueMessage(result, 'asOf'), MESSAGE);
  });

  it('is refused inside an input object, by the path to it', async () => {
    const literal = await t.anonymous(`{ claims(first: 1, filter: { claimedFrom: "2022-13-01" }) { totalCount } }`);
    assertRefused(literal, { code: 'BAD_USER_INPUT', status: 400, field: 'filter.claimedFrom', message: /"2022-13-01" is not a date/ });
    const variable = await t.anonymous('query($f: ClaimFilter) { claims(first: 1, filter: $f) { totalCount } }', {
      f: { claimedTo: '2022-00-10' },
    });
    assertRefused(variable, { code: 'BAD_USER_INPUT', status: 400, field: 'filter.claimedTo', message: /"2022-00-10" is not a date/ });
  });

  it("is refused as a report's published date with the same message, and nothing is written", async () => {
    const createReport = inputMutation<'createReport', { created: boolean }>(t, 'createReport', 'created');
    let result: Awaited<ReturnType<typeof createReport>> | undefined;
    await refusedUnchanged(
      t.api,
      async () => (result = await createReport({ title: 'T', body: 'Some text.', language: 'en', published: IMPOSSIBLE })),
      {
        code: 'BAD_USER_INPUT',
        field: 'published',
        message: new RegExp(MESSAGE),
      },
    );
    assert.equal(issueMessage(result!, 'published'), MESSAGE);
  });

  it('while real days, leap days included, are answered', async () => {
    ok(await t.anonymous('query($day: Date) { claims(first: 1, asOf: $day) { totalCount } }', { day: '2024-02-29' }));
    ok(await t.anonymous('{ claims(first: 1, asOf: "2022-02-28") { totalCount } }'));
  });
});
