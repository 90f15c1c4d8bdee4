// Where claims appear (anchors and attribution chains), how they are resolved, and how they
// relate to each other: the writes over HTTP, against the real database.
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
  useApi,
} from './mutations-support';

const t = useApi();

const BODY = 'Alpha said the sky is green. Beta said the sky is green. Gamma denied it.';
const QUOTE = 'the sky is green';
const SECOND = BODY.lastIndexOf(QUOTE);
const nyt = sample('Source', 'source:nyt');
const unitedStates = sample('Actor', 'actor:united-states');

type Quote = { exact: string; start: number; end: number; prefix: string; suffix: string; status: string };
type AppearanceFields = {
  id: string;
  version: number;
  translation: string | null;
  quote: Quote;
  chain: { position: number; relation: string | null; party: { __typename: string; slug: string } }[];
};
type ResolutionFields = {
  id: string;
  verdict: string;
  originalLabel: string | null;
  recordedBy: string;
  effective: { text: string };
  evidence: { quote: { exact: string } }[];
  corrects: { id: string } | null;
};
type RelationFields = {
  id: string;
  kind: string;
  note: string | null;
  version: number;
  createdBy: string;
  from: { id: string };
  to: { id: string };
};

const APPEARANCE =
  'id version translation quote { exact start end prefix suffix status } chain { position relation party { __typename ... on Source { slug } ... on Actor { slug } } }';
const RESOLUTION = 'id verdict originalLabel recordedBy effective { text } evidence { quote { exact } } corrects { id }';
const RELATION = 'id kind note version createdBy from { id } to { id }';

const addAppearance = inputMutation<'addAppearance', AppearanceFields>(t, 'addAppearance', APPEARANCE);
const updateAppearance = inputMutation<'updateAppearance', AppearanceFields>(t, 'updateAppearance', APPEARANCE);
const recordResolution = inputMutation<'recordResolution', ResolutionFields>(t, 'recordResolution', RESOLUTION);
const relateClaims = inputMutation<'relateClaims', RelationFields>(t, 'relateClaims', RELATION);
const updateRelation = inputMutation<'updateClaimRelation', RelationFields>(t, 'updateClaimRelation', RELATION);

let claimCount = 0;
async function newClaim(): Promise<string> {
  claimCount += 1;
  const query = 'mutation($s: String!) { createClaim(input: { statement: $s, kind: CONDITION, claimed: "2024-01" }) { id } }';
  return ok(await t.editor<{ createClaim: { id: string } }>(query, { s: `The sky is green (${claimCount}).` })).createClaim.id;
}

let reportId: string;
describe('the report the claims appear in', () => {
  it('is stored', async () => {
    const query =
      'mutation($body: String!) { createReport(input: { title: "Colours", body: $body, language: "en", published: "2024-01" }) { report { id } } }';
    reportId = ok(await t.editor<{ createReport: { report: { id: string } } }>(query, { body: BODY })).createReport.report.id;
  });
});

describe('addAppearance', () => {
  it('anchors a claim by offsets, with a chain of a source and an actor, and records it', async () => {
    const claimId = await newClaim();
    const { addAppearance: appearance } = ok(
      await addAppearance({
        claimId,
        reportId,
        anchor: { exact: QUOTE, start: SECOND, end: SECOND + QUOTE.length },
        chain: [
          { sourceId: nyt, relation: 'reported' },
          { actorId: unitedStates, relation: 'said' },
        ],
        credibility: 'DOUBTFUL',
      }),
    );
    assert.deepEqual(appearance.quote, {
      exact: QUOTE,
      start: SECOND,
      end: SECOND + QUOTE.length,
      prefix: BODY.slice(SECOND - 32, SECOND),
      suffix: BODY.slice(SECOND + QUOTE.length),
      status: 'OK',
    });
    assert.deepEqual(
      appearance.chain.map((l) => [l.position, l.party.__typename, l.party.slug, l.relation]),
      [
        [1, 'Source', 'nyt', 'reported'],
        [2, 'Actor', 'united-states', 'said'],
      ],
    );
    const revision = await latestRevision(t.api, 'Appearance', appearance.id, { action: 'CREATE', by: 'editor' });
    assert.equal(revision.after?.chain.length, 2);
  });

  it('anchors a claim by context that occurs once', async () => {
    const { addAppearance: appearance } = ok(
      await addAppearance({ claimId: await newClaim(), reportId, anchor: { exact: QUOTE, prefix: 'Beta said ' } }),
    );
    assert.deepEqual([appearance.quote.start, appearance.quote.end, appearance.chain], [SECOND, SECOND + QUOTE.length, []]);
  });

  const invalid: [string, Record<string, unknown>, RegExp, RegExp][] = [
    [
      'a quote that occurs twice, given without context',
      { exact: QUOTE },
      /anchor\.exact$/,
      /occurs more than once in the report body: give a prefix, a suffix or offsets/,
    ],
    [
      'offsets that cut out other words',
      { exact: QUOTE, start: 0 },
      /anchor\.exact$/,
      /the body holds "Alpha said the s" at 0\.\.16, not the quote/,
    ],
    [
      'offsets beyond the text',
      { exact: QUOTE, start: 500 },
      /anchor\.end$/,
      new RegExp(`lie outside the report body, which has ${BODY.length} characters`),
    ],
    ['a quote the text does not hold', { exact: 'the sky is blue' }, /anchor\.exact$/, /does not occur in the report body/],
    ['a negative offset', { exact: QUOTE, start: -1 }, /anchor\.start$/, /must not be negative/],
  ];
  for (const [what, anchor, field, message] of invalid) {
    it(`refuses ${what}, naming the field, and changes nothing`, async () => {
      const claimId = await newClaim();
      await refusedUnchanged(t.api, () => addAppearance({ claimId, reportId, anchor }), { code: 'BAD_USER_INPUT', field, message });
    });
  }

  it('refuses a chain link that names both a source and an actor, or a source that does not exist', async () => {
    const claimId = await newClaim();
    const anchor = { exact: 'Gamma denied it' };
    await refusedUnchanged(t.api, () => addAppearance({ claimId, reportId, anchor, chain: [{ sourceId: nyt, actorId: unitedStates }] }), {
      code: 'BAD_USER_INPUT',
      field: 'chain.0',
      message: /exactly one of sourceId and actorId/,
    });
    await refusedUnchanged(
      t.api,
      () => addAppearance({ claimId, reportId, anchor, chain: [{ sourceId: globalId('Source', '00000000-0000-4000-8000-000000000000') }] }),
      {
        code: 'NOT_FOUND',
        field: 'chain.sourceId',
      },
    );
  });
});

describe('updateAppearance', () => {
  const place = async () =>
    ok(
      await addAppearance({
        claimId: await newClaim(),
        reportId,
        anchor: { exact: QUOTE, prefix: 'Alpha said ' },
        chain: [{ sourceId: nyt }],
      }),
    ).addAppearance;

  it('moves the anchor by offsets, replaces the chain, moves the version on, and records it', async () => {
    const appearance = await place();
    const { updateAppearance: updated } = ok(
      await updateAppearance({
        id: appearance.id,
        version: 1,
        anchor: { exact: QUOTE, start: SECOND },
        chain: [{ actorId: unitedStates }],
        translation: 'Der Himmel ist grün',
      }),
    );
    assert.deepEqual(
      {
        start: updated.quote.start,
        chain: updated.chain.map((l) => l.party.slug),
        translation: updated.translation,
        version: updated.version,
      },
      { start: SECOND, chain: ['united-states'], translation: 'Der Himmel ist grün', version: 2 },
    );
    const revision = await latestRevision(t.api, 'Appearance', appearance.id, { action: 'UPDATE', by: 'editor' });
    assert.deepEqual([revision.before?.start, revision.after?.start], [appearance.quote.start, SECOND]);
  });

  it('a chain sent as null is cleared; an anchor sent as null is refused', async () => {
    const appearance = await place();
    await refusedUnchanged(t.api, () => updateAppearance({ id: appearance.id, version: 1, anchor: null }), {
      code: 'BAD_USER_INPUT',
      field: 'anchor',
    });
    assert.deepEqual(ok(await updateAppearance({ id: appearance.id, version: 1, chain: null })).updateAppearance.chain, []);
  });

  it('refuses an ambiguous new anchor, naming the field, and changes nothing', async () => {
    const appearance = await place();
    await refusedUnchanged(t.api, () => updateAppearance({ id: appearance.id, version: 1, anchor: { exact: QUOTE } }), {
      code: 'BAD_USER_INPUT',
      field: 'anchor.exact',
      message: /occurs more than once/,
    });
  });

  it('refuses a stale version and keeps the other writer’s change', async () => {
    const appearance = await place();
    await assertStaleWriteRefused(t.api, {
      version: 1,
      first: (version) => updateAppearance({ id: appearance.id, version, translation: 'theirs' }),
      second: (version) => updateAppearance({ id: appearance.id, version, translation: 'mine', chain: [] }),
      read: () =>
        t.api.prisma.appearance.findUniqueOrThrow({
          where: { id: rawId(appearance.id) },
          select: { translation: true, version: true, chain: { select: { sourceId: true } } },
        }),
    });
  });
});

describe('recordResolution', () => {
  const verdictOf = async (claimId: string) =>
    ok(
      await t.anonymous<{ claim: { verdict: string; resolutions: { id: string }[] } }>(
        'query($id: ID!) { claim(id: $id) { verdict resolutions { id } } }',
        { id: claimId },
      ),
    ).claim;

  it('appends a verdict with its evidence, which becomes the claim’s verdict, and records who did it', async () => {
    const claimId = await newClaim();
    const { recordResolution: resolution } = ok(
      await recordResolution({
        claimId,
        verdict: 'REFUTED',
        effective: '2024-02',
        rationale: 'Gamma says no.',
        originalLabel: 'False',
        evidence: [{ reportId, anchor: { exact: 'Gamma denied it' } }],
      }),
    );
    assert.deepEqual(
      {
        verdict: resolution.verdict,
        label: resolution.originalLabel,
        effective: resolution.effective.text,
        evidence: resolution.evidence.map((e) => e.quote.exact),
      },
      { verdict: 'REFUTED', label: 'False', effective: '2024-02', evidence: ['Gamma denied it'] },
    );
    assert.match(resolution.recordedBy, /test editor/);
    assert.equal((await verdictOf(claimId)).verdict, 'REFUTED');
    const revision = await latestRevision(t.api, 'Resolution', resolution.id, { action: 'CREATE', by: 'editor' });
    assert.equal(revision.after?.evidence.length, 1);
  });

  it('a correction names what it corrects and replaces it; correcting the same resolution twice is refused', async () => {
    const claimId = await newClaim();
    const wrong = ok(await recordResolution({ claimId, verdict: 'REFUTED', effective: '2024-02', rationale: 'Misread.' })).recordResolution;
    const { recordResolution: correction } = ok(
      await recordResolution({ claimId, verdict: 'CONFIRMED', effective: '2024-02', rationale: 'Read again.', correctsId: wrong.id }),
    );
    assert.equal(correction.corrects?.id, wrong.id);
    assert.deepEqual(await verdictOf(claimId), { verdict: 'CONFIRMED', resolutions: [{ id: correction.id }] });
    await latestRevision(t.api, 'Resolution', correction.id, { action: 'CREATE', by: 'editor' });
    await refusedUnchanged(
      t.api,
      () => recordResolution({ claimId, verdict: 'OPEN', effective: '2024-03', rationale: 'Again.', correctsId: wrong.id }),
      {
        code: 'BAD_USER_INPUT',
        field: 'correctsId',
        message: new RegExp(`already corrected by ${rawId(correction.id)}: correct that one instead`),
      },
    );
  });

  it('refuses to correct a resolution of another claim', async () => {
    const other = ok(
      await recordResolution({ claimId: await newClaim(), verdict: 'OPEN', effective: '2024', rationale: 'Open.' }),
    ).recordResolution;
    const claimId = await newClaim();
    await refusedUnchanged(
      t.api,
      () => recordResolution({ claimId, verdict: 'CONFIRMED', effective: '2024', rationale: 'R', correctsId: other.id }),
      {
        code: 'BAD_USER_INPUT',
        field: 'correctsId',
        message: /must name a resolution of the same claim/,
      },
    );
  });

  it('refuses an unknown verdict before it runs, naming the value', async () => {
    const claimId = await newClaim();
    const query =
      'mutation($c: ID!) { recordResolution(input: { claimId: $c, verdict: MAYBE, effective: "2024", rationale: "R" }) { id } }';
    await refusedUnchanged(t.api, () => t.editor(query, { c: claimId }), {
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /"MAYBE".*"Verdict"/,
    });
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['an effective date that is not one', { effective: 'soon' }, 'effective', /"soon" is not a date/],
    ['an empty rationale', { rationale: '' }, 'rationale', /must not be empty/],
    [
      'evidence the report does not hold',
      { evidence: [{ anchor: { exact: 'Delta agreed' } }] },
      'evidence.0.anchor.exact',
      /does not occur in the report body/,
    ],
    [
      'a verdict dated before its claim',
      { effective: '2023-12' },
      'effective',
      /takes effect on 2023-12, before the claim was made \(2024-01\)/,
    ],
  ];
  for (const [what, change, field, message] of invalid) {
    it(`refuses ${what}, naming the field, and changes nothing`, async () => {
      const input: Record<string, unknown> = {
        claimId: await newClaim(),
        verdict: 'CONFIRMED',
        effective: '2024',
        rationale: 'R',
        ...change,
      };
      if (input.evidence) input.evidence = (input.evidence as object[]).map((e) => ({ reportId, ...e }));
      await refusedUnchanged(t.api, () => recordResolution(input), { code: 'BAD_USER_INPUT', field, message });
    });
  }
});

describe('recordResolution: evidence and dates', () => {
  it('a verdict in the month its claim was made is accepted', async () => {
    const { recordResolution: resolution } = ok(
      await recordResolution({ claimId: await newClaim(), verdict: 'OPEN', effective: '2024-01-01', rationale: 'Too early to say.' }),
    );
    assert.equal(resolution.effective.text, '2024-01-01');
  });

  it('refuses evidence published after the verdict takes effect, naming its reportId, and changes nothing', async () => {
    const query =
      'mutation($body: String!) { createReport(input: { title: "Later", body: $body, language: "en", published: "2024-06-10" }) { report { id } } }';
    const laterReportId = ok(
      await t.editor<{ createReport: { report: { id: string } } }>(query, { body: 'In June, Gamma denied it again.' }),
    ).createReport.report.id;
    const claimId = await newClaim();
    await refusedUnchanged(
      t.api,
      () =>
        recordResolution({
          claimId,
          verdict: 'REFUTED',
          effective: '2024-02',
          rationale: 'Gamma says no.',
          evidence: [
            { reportId, anchor: { exact: 'Gamma denied it' } },
            { reportId: laterReportId, anchor: { exact: 'Gamma denied it' } },
          ],
        }),
      {
        code: 'BAD_USER_INPUT',
        field: 'evidence.1.reportId',
        message: /published on 2024-06-10, after the verdict takes effect \(2024-02\)/,
      },
    );
  });
});

describe('relateClaims and updateClaimRelation', () => {
  const relate = async (kind = 'SUPPORTS') => {
    const [fromClaimId, toClaimId] = [await newClaim(), await newClaim()];
    return { fromClaimId, toClaimId, relation: ok(await relateClaims({ fromClaimId, toClaimId, kind, note: 'n' })).relateClaims };
  };

  it('relates two claims, shows the relation on both, and records who did it', async () => {
    const { fromClaimId, toClaimId, relation } = await relate();
    assert.deepEqual(
      { from: relation.from.id, to: relation.to.id, kind: relation.kind, version: relation.version },
      { from: fromClaimId, to: toClaimId, kind: 'SUPPORTS', version: 1 },
    );
    assert.match(relation.createdBy, /test editor/);
    const relationsOf = async (id: string) =>
      ok(
        await t.anonymous<{ claim: { relations: { direction: string; kind: string }[] } }>(
          'query($id: ID!) { claim(id: $id) { relations { direction kind } } }',
          { id },
        ),
      ).claim.relations;
    assert.deepEqual(await relationsOf(fromClaimId), [{ direction: 'OUTGOING', kind: 'SUPPORTS' }]);
    assert.deepEqual(await relationsOf(toClaimId), [{ direction: 'INCOMING', kind: 'SUPPORTS' }]);
    await latestRevision(t.api, 'ClaimRelation', relation.id, { action: 'CREATE', by: 'editor' });
  });

  it('refuses a claim related to itself, and the same relation twice', async () => {
    const { fromClaimId, toClaimId } = await relate();
    await refusedUnchanged(t.api, () => relateClaims({ fromClaimId, toClaimId: fromClaimId, kind: 'SAME_AS' }), {
      code: 'BAD_USER_INPUT',
      field: 'toClaimId',
      message: /cannot be related to itself/,
    });
    await refusedUnchanged(t.api, () => relateClaims({ fromClaimId, toClaimId, kind: 'SUPPORTS' }), {
      code: 'BAD_USER_INPUT',
      field: 'kind',
      message: /already related as SUPPORTS/,
    });
  });

  it('updateClaimRelation changes the kind, clears the note, moves the version on, and records it', async () => {
    const { relation } = await relate();
    const { updateClaimRelation: updated } = ok(await updateRelation({ id: relation.id, version: 1, kind: 'REFINES', note: null }));
    assert.deepEqual({ kind: updated.kind, note: updated.note, version: updated.version }, { kind: 'REFINES', note: null, version: 2 });
    const revision = await latestRevision(t.api, 'ClaimRelation', relation.id, { action: 'UPDATE', by: 'editor' });
    assert.deepEqual([revision.before?.kind, revision.after?.kind], ['SUPPORTS', 'REFINES']);
  });

  it('refuses a kind that would duplicate another relation of the same claims', async () => {
    const { fromClaimId, toClaimId, relation } = await relate();
    ok(await relateClaims({ fromClaimId, toClaimId, kind: 'CONTRADICTS' }));
    await refusedUnchanged(t.api, () => updateRelation({ id: relation.id, version: 1, kind: 'CONTRADICTS' }), {
      code: 'BAD_USER_INPUT',
      field: 'kind',
      message: /already related as CONTRADICTS/,
    });
  });

  it('refuses a stale version and keeps the other writer’s change', async () => {
    const { relation } = await relate();
    await assertStaleWriteRefused(t.api, {
      version: 1,
      first: (version) => updateRelation({ id: relation.id, version, note: 'theirs' }),
      second: (version) => updateRelation({ id: relation.id, version, note: 'mine' }),
      read: () =>
        t.api.prisma.claimRelation.findUniqueOrThrow({ where: { id: rawId(relation.id) }, select: { note: true, version: true } }),
    });
  });
});
