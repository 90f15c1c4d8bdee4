// Writes of reports and claims over HTTP, against the real database.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertStaleWriteRefused,
  globalId,
  inputMutation,
  latestRevision,
  ok,
  rawId,
  refusedUnchanged,
  sample,
  unchanged,
  useApi,
} from './mutations-support';

const t = useApi();

const NOWHERE = '00000000-0000-4000-8000-000000000000';
const russia = sample('Actor', 'actor:russia');
const northKorea = sample('Actor', 'actor:north-korea');
const unitedStates = sample('Actor', 'actor:united-states');

type ReportFields = {
  id: string;
  title: string;
  body: string;
  url: string | null;
  version: number;
  published: { text: string; precision: string };
  publisher: { slug: string } | null;
};
type ClaimFields = {
  id: string;
  statement: string;
  kind: string;
  credibility: string;
  version: number;
  claimed: { text: string; precision: string };
  resolvableBy: string | null;
  claimants: { slug: string }[];
  subjects: { slug: string }[];
};

const REPORT = 'id title body url version published { text precision } publisher { slug }';
const CLAIM = 'id statement kind credibility version claimed { text precision } resolvableBy claimants { slug } subjects { slug }';

const createReport = inputMutation<'createReport', { created: boolean; report: ReportFields }>(
  t,
  'createReport',
  `created report { ${REPORT} }`,
);
const updateReport = inputMutation<'updateReport', ReportFields>(t, 'updateReport', REPORT);
const createClaim = inputMutation<'createClaim', ClaimFields>(t, 'createClaim', CLAIM);
const updateClaim = inputMutation<'updateClaim', ClaimFields>(t, 'updateClaim', CLAIM);

let reportCount = 0;
/** A report of its own for a test: its text is new, so it is created. */
async function newReport(extra: Record<string, unknown> = {}) {
  reportCount += 1;
  const input = { title: `Report ${reportCount}`, body: `Text number ${reportCount}.`, language: 'en', published: '2024-03', ...extra };
  return ok(await createReport(input)).createReport.report;
}

describe('createReport', () => {
  it('stores a report with its date as precise as given, and records who did it', async () => {
    const { createReport: result } = ok(
      await createReport({
        title: 'Shells',
        body: 'Officials said shells were shipped.',
        language: 'en',
        published: '2023-11',
        publisherId: sample('Source', 'source:ap'),
      }),
    );
    assert.equal(result.created, true);
    assert.deepEqual(
      { published: result.report.published, publisher: result.report.publisher, version: result.report.version },
      { published: { text: '2023-11', precision: 'MONTH' }, publisher: { slug: 'ap' }, version: 1 },
    );
    const revision = await latestRevision(t.api, 'Report', result.report.id, { action: 'CREATE', by: 'editor' });
    assert.match(revision.after?.contentHash, /^[0-9a-f]{64}$/);
  });

  it('the same text stored twice is one report: the second time nothing is written and created is false', async () => {
    const first = ok(await createReport({ title: 'First', body: 'The very same words.', language: 'en', published: '2024' })).createReport;
    const second = await unchanged(t.api, () =>
      createReport({ title: 'Second title', body: 'The very same words.', language: 'en', published: '2025' }),
    );
    const { createReport: again } = ok(second);
    assert.deepEqual(
      { created: again.created, id: again.report.id, title: again.report.title },
      { created: false, id: first.report.id, title: 'First' },
    );
  });

  it('a new version continues the latest one; a second successor of the same report is refused', async () => {
    const original = await newReport();
    const { createReport: next } = ok(
      await createReport({ title: 'v2', body: 'Updated text.', language: 'en', published: '2024-04', previousVersionId: original.id }),
    );
    assert.equal(next.created, true);
    await refusedUnchanged(
      t.api,
      () => createReport({ title: 'v2b', body: 'Another update.', language: 'en', published: '2024-04', previousVersionId: original.id }),
      {
        code: 'BAD_USER_INPUT',
        field: 'previousVersionId',
        message: new RegExp(`already has a newer version, ${rawId(next.report.id)}`),
      },
    );
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['a date that is not one', { published: '2023-13' }, 'published', /"2023-13" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD/],
    ['a language that is not a tag', { language: 'German' }, 'language', /BCP 47 language tag/],
    ['a URL that is not one', { url: 'www.example' }, 'url', /absolute URL/],
    ['an empty body', { body: '' }, 'body', /must not be empty/],
  ];
  for (const [what, change, field, message] of invalid) {
    it(`refuses ${what}, naming the field, and changes nothing`, () =>
      refusedUnchanged(t.api, () => createReport({ title: 'T', body: 'Some text.', language: 'en', published: '2024', ...change }), {
        code: 'BAD_USER_INPUT',
        field,
        message,
      }));
  }

  it('refuses a publisher that does not exist', () =>
    refusedUnchanged(
      t.api,
      () => createReport({ title: 'T', body: 'Unpublished.', language: 'en', published: '2024', publisherId: globalId('Source', NOWHERE) }),
      {
        code: 'NOT_FOUND',
        field: 'publisherId',
      },
    ));
});

describe('updateReport', () => {
  it('changes metadata, never the text, moves the version on, and records it', async () => {
    const report = await newReport();
    const { updateReport: updated } = ok(
      await updateReport({
        id: report.id,
        version: 1,
        title: 'Renamed',
        url: 'https://example.org/a',
        published: '2024-03-05',
        publisherId: sample('Source', 'source:nyt'),
      }),
    );
    assert.deepEqual(
      {
        title: updated.title,
        url: updated.url,
        published: updated.published,
        publisher: updated.publisher,
        body: updated.body,
        version: updated.version,
      },
      {
        title: 'Renamed',
        url: 'https://example.org/a',
        published: { text: '2024-03-05', precision: 'DAY' },
        publisher: { slug: 'nyt' },
        body: report.body,
        version: 2,
      },
    );
    const revision = await latestRevision(t.api, 'Report', report.id, { action: 'UPDATE', by: 'editor' });
    assert.deepEqual([revision.before?.title, revision.after?.title, revision.after?.version], [report.title, 'Renamed', 2]);
  });

  it('refuses an attempt to edit the text before it runs', () =>
    refusedUnchanged(
      t.api,
      () =>
        t.editor('mutation($id: ID!) { updateReport(input: { id: $id, version: 1, body: "Rewritten" }) { id } }', {
          id: sample('Report', 'report:seed-2022-09'),
        }),
      {
        code: 'GRAPHQL_VALIDATION_FAILED',
        message: /"body" is not defined by type "UpdateReportInput"/,
      },
    ));

  it('refuses a malformed URL and a missing publisher', async () => {
    const id = sample('Report', 'report:seed-2022-09');
    await refusedUnchanged(t.api, () => updateReport({ id, version: 1, url: 'nope' }), {
      code: 'BAD_USER_INPUT',
      field: 'url',
      message: /absolute URL/,
    });
    await refusedUnchanged(t.api, () => updateReport({ id, version: 1, publisherId: globalId('Source', NOWHERE) }), {
      code: 'NOT_FOUND',
      field: 'publisherId',
    });
  });

  it('refuses a stale version and keeps the other writer’s change', async () => {
    const report = await newReport();
    await assertStaleWriteRefused(t.api, {
      version: 1,
      first: (version) => updateReport({ id: report.id, version, title: 'theirs' }),
      second: (version) => updateReport({ id: report.id, version, title: 'mine' }),
      read: () => t.api.prisma.report.findUniqueOrThrow({ where: { id: rawId(report.id) }, select: { title: true, version: true } }),
    });
  });
});

describe('createClaim', () => {
  it('creates a claim with its claimants and subjects in order, and records who did it', async () => {
    const { createClaim: claim } = ok(
      await createClaim({
        statement: 'North Korea will send troops.',
        kind: 'PREDICTION',
        claimed: '2024-10',
        claimantIds: [unitedStates],
        subjectIds: [northKorea, russia],
        resolvableBy: '2025',
      }),
    );
    assert.deepEqual(
      { claimed: claim.claimed, credibility: claim.credibility, resolvableBy: claim.resolvableBy, version: claim.version },
      { claimed: { text: '2024-10', precision: 'MONTH' }, credibility: 'CANNOT_BE_JUDGED', resolvableBy: '2025-01-01', version: 1 },
    );
    assert.deepEqual(
      [claim.claimants.map((a) => a.slug), claim.subjects.map((a) => a.slug)],
      [['united-states'], ['north-korea', 'russia']],
    );
    const revision = await latestRevision(t.api, 'Claim', claim.id, { action: 'CREATE', by: 'editor' });
    assert.equal(revision.after?.actors.length, 3);
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['an empty statement', { statement: ' ' }, 'statement', /must not be empty/],
    ['a claimed date that is not one', { claimed: 'last week' }, 'claimed', /"last week" is not a date/],
    ['a resolvable-by date that is not one', { resolvableBy: '2025-02-30' }, 'resolvableBy', /is not a date/],
  ];
  for (const [what, change, field, message] of invalid) {
    it(`refuses ${what}, naming the field, and changes nothing`, () =>
      refusedUnchanged(t.api, () => createClaim({ statement: 'S', kind: 'EVENT', claimed: '2024', ...change }), {
        code: 'BAD_USER_INPUT',
        field,
        message,
      }));
  }

  it('refuses an unknown kind before it runs, naming the value', () =>
    refusedUnchanged(t.api, () => t.editor('mutation { createClaim(input: { statement: "S", kind: RUMOUR, claimed: "2024" }) { id } }'), {
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /"RUMOUR".*"ClaimKind"/,
    }));
});

describe('updateClaim', () => {
  it('changes the named fields, replaces claimants, clears a date sent as null, moves the version on, and records it', async () => {
    const { createClaim: claim } = ok(
      await createClaim({ statement: 'Old words.', kind: 'EVENT', claimed: '2024', claimantIds: [russia], resolvableBy: '2025' }),
    );
    const { updateClaim: updated } = ok(
      await updateClaim({ id: claim.id, version: 1, statement: 'New words.', claimantIds: [northKorea, unitedStates], resolvableBy: null }),
    );
    assert.deepEqual(
      {
        statement: updated.statement,
        claimants: updated.claimants.map((a) => a.slug),
        resolvableBy: updated.resolvableBy,
        version: updated.version,
      },
      { statement: 'New words.', claimants: ['north-korea', 'united-states'], resolvableBy: null, version: 2 },
    );
    const revision = await latestRevision(t.api, 'Claim', claim.id, { action: 'UPDATE', by: 'editor' });
    assert.deepEqual([revision.before?.statement, revision.after?.statement], ['Old words.', 'New words.']);
  });

  it('claimants sent as null are cleared, like any optional field', async () => {
    const { createClaim: claim } = ok(
      await createClaim({ statement: 'Claimed by someone.', kind: 'EVENT', claimed: '2024', claimantIds: [russia] }),
    );
    const { updateClaim: updated } = ok(await updateClaim({ id: claim.id, version: 1, claimantIds: null }));
    assert.deepEqual([updated.claimants, updated.version], [[], 2]);
  });

  it('refuses a malformed date and a required field sent as null', async () => {
    const id = sample('Claim', 'claim:shells');
    await refusedUnchanged(t.api, () => updateClaim({ id, version: 1, claimed: '22-09' }), {
      code: 'BAD_USER_INPUT',
      field: 'claimed',
      message: /is not a date/,
    });
    await refusedUnchanged(t.api, () => updateClaim({ id, version: 1, statement: null }), { code: 'BAD_USER_INPUT', field: 'statement' });
  });

  it('refuses a stale version and keeps the other writer’s change', async () => {
    const { createClaim: claim } = ok(await createClaim({ statement: 'Contested.', kind: 'EVENT', claimed: '2024' }));
    await assertStaleWriteRefused(t.api, {
      version: 1,
      first: (version) => updateClaim({ id: claim.id, version, statement: 'theirs', subjectIds: [russia] }),
      second: (version) => updateClaim({ id: claim.id, version, statement: 'mine', subjectIds: [northKorea] }),
      read: () =>
        t.api.prisma.claim.findUniqueOrThrow({
          where: { id: rawId(claim.id) },
          select: { statement: true, version: true, actors: { select: { actorId: true } } },
        }),
    });
  });
});

describe('createClaim with its anchor', () => {
  it('stores the claim and where it appears in one transaction', async () => {
    const report = await newReport({ body: 'Officials said the shipment left in March.' });
    const made = ok(
      await createClaim({
        statement: 'A shipment left in March.',
        kind: 'EVENT',
        claimed: '2024-03',
        appearance: {
          reportId: report.id,
          anchor: { exact: 'the shipment left in March' },
          chain: [{ actorId: unitedStates, relation: 'said' }],
        },
      }),
    ).createClaim;
    const appearances = await t.api.prisma.appearance.findMany({ where: { claimId: rawId(made.id) }, include: { chain: true } });
    assert.deepEqual(
      appearances.map((a) => [a.exact, a.start, a.chain.length]),
      [['the shipment left in March', 15, 1]],
    );
    await latestRevision(t.api, 'Appearance', appearances[0]!.id, { action: 'CREATE', by: 'editor' });
  });

  it('stores neither when the anchor cannot be placed, and says where', async () => {
    const report = await newReport({ body: 'Nothing about shipments here.' });
    await refusedUnchanged(
      t.api,
      () =>
        createClaim({
          statement: 'A shipment left.',
          kind: 'EVENT',
          claimed: '2024',
          appearance: { reportId: report.id, anchor: { exact: 'shipment left' } },
        }),
      { code: 'BAD_USER_INPUT', field: 'appearance.anchor.exact', message: /does not occur in the report body/ },
    );
  });
});
