// Ingest over HTTP: a report's text in, anchored and matched proposals out; accept and reject.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { globalId, inputMutation, ok, rawId, refusedUnchanged, sample, sampleId, useApi } from './mutations-support';

const t = useApi();

const PROPOSAL = `id status version statement cue rule credibility
  quote { exact start end prefix suffix status }
  claimants { name actor { slug } } chain { name role source { slug } actor { slug } }
  matches { claim { id } statement score parts { text actors numbers dates } appearance { id } }
  evidence { claim { id } suggests } claim { id statement } appearance { id }`;

type ProposalFields = {
  id: string;
  status: string;
  version: number;
  quote: { exact: string; start: number; end: number; status: string };
  matches: { claim: { id: string }; score: number; parts: Record<string, number | null> }[];
  claim: { id: string; statement: string } | null;
  appearance: { id: string } | null;
};

const ingestReport = inputMutation<'ingestReport', { created: boolean; report: { id: string; body: string }; proposals: ProposalFields[] }>(
  t,
  'ingestReport',
  `created report { id body language published { text } } proposals { ${PROPOSAL} }`,
);
const acceptProposal = inputMutation<'acceptProposal', ProposalFields>(t, 'acceptProposal', PROPOSAL);
const rejectProposal = inputMutation<'rejectProposal', ProposalFields>(t, 'rejectProposal', PROPOSAL);

const SHELLS_TEXT = {
  body: 'Moscow is acquiring millions of artillery shells and rockets from North Korea, US officials said on Tuesday, pointing to a declassified intelligence finding.',
  published: '2022-09-06',
};

describe('ingestReport', () => {
  it('stores the report and its proposals, anchored, the repeated claim matched first', async () => {
    const { ingestReport: result } = ok(await ingestReport(SHELLS_TEXT));
    assert.equal(result.created, true);
    assert.ok(result.proposals.length >= 1);
    const p = result.proposals[0]!;
    assert.equal(result.report.body.slice(p.quote.start, p.quote.end), p.quote.exact);
    assert.equal(p.quote.status, 'OK');
    assert.equal(p.matches[0]?.claim.id, sample('Claim', 'claim:shells'));
    assert.deepEqual(Object.keys(p.matches[0].parts).sort(), ['actors', 'dates', 'numbers', 'text']);

    const again = ok(await ingestReport(SHELLS_TEXT)).ingestReport;
    assert.equal(again.created, false);
    assert.deepEqual(
      again.proposals.map((x) => x.id),
      result.proposals.map((x) => x.id),
    );

    const read = ok(
      await t.anonymous<{ proposals: { totalCount: number; edges: { node: { id: string } }[] } }>(
        'query($r: ID!) { proposals(reportId: $r, status: PENDING) { totalCount edges { node { id } } } }',
        { r: result.report.id },
      ),
    );
    assert.equal(read.proposals.totalCount, result.proposals.length);
  });

  it('needs an editor key', async () => {
    const result = await t.anonymous('mutation($i: IngestReportInput!) { ingestReport(input: $i) { created } }', { i: SHELLS_TEXT });
    assert.equal(result.body.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  for (const [name, input, field, status] of [
    ['an empty body', { ...SHELLS_TEXT, body: '' }, 'body', 200],
    // Refused before execution, as a NUL is in any input.
    ['a NUL character', { ...SHELLS_TEXT, body: 'Officials said\u0000 so.' }, 'body', 400],
    ['no date', { body: 'Officials said shells were shipped to Russia in August.' }, 'published', 200],
    ['a language other than de or en', { ...SHELLS_TEXT, body: 'Des responsables ont dit cela.', language: 'fr' }, 'language', 200],
  ] as const) {
    it(`${name}: BAD_USER_INPUT naming ${field}, nothing stored`, () =>
      refusedUnchanged(t.api, () => ingestReport(input), { code: 'BAD_USER_INPUT', field: new RegExp(field), status }));
  }

  it('an unknown publisher: refused, nothing stored', () =>
    refusedUnchanged(
      t.api,
      () =>
        ingestReport({
          ...SHELLS_TEXT,
          body: 'Officials said it.',
          publisherId: globalId('Source', '01890000-0000-7000-8000-000000000000'),
        }),
      {
        code: 'NOT_FOUND',
        field: 'publisherId',
      },
    ));
});

describe('deciding on proposals', () => {
  it('accepts as an appearance, as a new claim, and rejects; a decided proposal is not decided again', async () => {
    const body =
      'North Korea has shipped millions of artillery shells to Russia, South Korean intelligence said. ' +
      'Officials in Tokyo said Japan would raise its defence budget by a fifth next year. ' +
      'A Kremlin spokesman said Moscow would not comment on the talks in Geneva.';
    const { proposals } = ok(await ingestReport({ body, published: '2022-10-01' })).ingestReport;
    assert.ok(proposals.length >= 3, JSON.stringify(proposals.map((p) => p.quote.exact)));
    const [first, second, third] = proposals as [ProposalFields, ProposalFields, ProposalFields];

    const asAppearance = ok(
      await acceptProposal({ id: first.id, version: first.version, claimId: sample('Claim', 'claim:shells') }),
    ).acceptProposal;
    assert.equal(asAppearance.status, 'ACCEPTED');
    assert.equal(asAppearance.claim?.id, sample('Claim', 'claim:shells'));
    assert.ok(asAppearance.appearance);

    const asClaim = ok(
      await acceptProposal({
        id: second.id,
        version: second.version,
        newClaim: {
          statement: 'Japan will raise its defence budget by a fifth in 2023.',
          kind: 'INTENT',
          subjectIds: [sample('Actor', 'actor:russia')],
        },
      }),
    ).acceptProposal;
    assert.equal(asClaim.claim?.statement, 'Japan will raise its defence budget by a fifth in 2023.');

    const rejected = ok(await rejectProposal({ id: third.id, version: third.version, note: 'no claim' })).rejectProposal;
    assert.equal(rejected.status, 'REJECTED');
    const revision = await t.api.prisma.revision.findFirst({ where: { entityId: rawId(third.id), action: 'UPDATE' } });
    assert.ok(revision, 'the rejection is in the revision log');

    await refusedUnchanged(t.api, () => rejectProposal({ id: first.id, version: asAppearance.version }), {
      code: 'BAD_USER_INPUT',
      field: 'id',
      message: /already accepted/,
    });
    await refusedUnchanged(t.api, () => acceptProposal({ id: third.id, version: 1, claimId: sample('Claim', 'claim:shells') }), {
      code: 'CONFLICT',
    });
    assert.ok(sampleId('claim:shells'));
  });
});
