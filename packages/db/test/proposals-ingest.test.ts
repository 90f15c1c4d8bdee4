import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { createMigratedDatabase, rowCounts, type TestDatabase } from '../src/testing';
import { acceptProposal, ingestReport, proposalView, rejectProposal, splitDateHeader, type IngestInput } from '../src/proposals';
import { ConflictError, ValidationError, type WriteContext } from '../src/shared';
import { loadSampleData, sampleData, sampleId, SEED_REPORT_KEY } from '../src/seed';
import { readSeedReport } from '../src/seed/data/seed-report';
import { ENGLISH_SHELLS, GERMAN_TROOPS, REPEATING_TEXTS } from './fixtures/ingest-texts';

const claimId = (key: string) => sampleId(`claim:${key}`);

async function withDatabase(run: (ctx: WriteContext, prisma: PrismaClient) => Promise<void>) {
  const database: TestDatabase = await createMigratedDatabase();
  const prisma = createPrismaClient(database.url);
  try {
    await run({ prisma, actor: 'desk' }, prisma);
  } finally {
    await prisma.$disconnect();
    await database.drop();
  }
}

describe('ingesting the seed report into a database without the sample data', () => {
  it('proposes at least 10 of its 11 claims, anchored where the hand-made anchors are', () =>
    withDatabase(async (ctx, prisma) => {
      const seed = readSeedReport();
      const { report, created, proposals } = await ingestReport(ctx, { body: seed.body, published: seed.published });
      assert.equal(created, true);
      assert.equal(report.language, 'de');
      for (const p of proposals) assert.equal(report.body.slice(p.start, p.end), p.exact, 'every anchor cuts its quote out of the body');
      const anchors = sampleData()
        .claims.flatMap((c) => c.appearances.filter((a) => a.report === SEED_REPORT_KEY).map((a) => ({ key: c.key, exact: a.exact })))
        .map((a) => ({ ...a, start: seed.body.indexOf(a.exact), end: seed.body.indexOf(a.exact) + a.exact.length }));
      assert.equal(anchors.length, 11);
      const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
      const recalled = anchors.filter((a) => proposals.some((p) => overlaps(a, p)));
      const falseProposals = proposals.filter((p) => !anchors.some((a) => overlaps(a, p)));
      console.log(`seed report: ${recalled.length}/11 claims proposed, ${falseProposals.length} false proposals of ${proposals.length}`);
      assert.ok(recalled.length >= 10, `only ${recalled.map((a) => a.key).join(', ')} were proposed`);
      assert.ok(falseProposals.length <= 3, `${falseProposals.length} false proposals`);
      for (const p of proposals) {
        assert.ok(p.rule.length > 0 && p.cue.length > 0, 'every proposal names its cue and rule');
        assert.deepEqual(p.matches, [], 'an empty graph has nothing to match');
      }
      assert.equal(await prisma.revision.count({ where: { entityType: 'Proposal', action: 'CREATE' } }), proposals.length);
    }));
});

describe('ingesting into the sample graph', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let ctx: WriteContext;

  before(async () => {
    database = await createMigratedDatabase();
    prisma = createPrismaClient(database.url);
    ctx = { prisma, actor: 'desk' };
    await loadSampleData(prisma);
  });

  after(async () => {
    await prisma.$disconnect();
    await database.drop();
  });

  const ingest = (input: Omit<IngestInput, 'body'> & { body: string }) => ingestReport(ctx, input);
  const proposalRepeating = async (text: (typeof REPEATING_TEXTS)[number]) => {
    const result = await ingest({ body: text.body, published: text.published, language: text.language });
    const proposal = result.proposals.find((p) => p.exact.includes(text.repeats.words));
    assert.ok(proposal, `no proposal holds "${text.repeats.words}": ${result.proposals.map((p) => p.exact).join(' | ')}`);
    return { result, proposal: proposalView(proposal) };
  };

  for (const text of REPEATING_TEXTS) {
    it(`${text.name}: the repeated claim is matched at rank 1`, async () => {
      const { proposal } = await proposalRepeating(text);
      assert.equal(proposal.matches[0]?.claim.id, claimId(text.repeats.claim), JSON.stringify(proposal.matches, null, 1));
      assert.ok(proposal.matches.length <= 5);
      const parts = proposal.matches[0].parts;
      assert.deepEqual(Object.keys(parts).sort(), ['actors', 'dates', 'numbers', 'text']);
    });
  }

  it('a German sentence finds the English claim through its German appearance', async () => {
    const { proposal } = await proposalRepeating(GERMAN_TROOPS);
    const best = proposal.matches[0]!;
    assert.equal(best.claim.id, claimId('troops-offer'));
    assert.equal(best.claim.statement, 'North Korea offered Russia up to 100,000 of its own soldiers for the fight in Ukraine.');
    assert.equal(best.via.kind, 'appearance');
    assert.equal(best.parts.numbers, 1, '100.000 is 100 000');
  });

  it('the same text again is the same report, and proposes nothing twice', async () => {
    const first = await proposalRepeating(ENGLISH_SHELLS);
    const before = await rowCounts(prisma);
    const again = await ingest({ body: ENGLISH_SHELLS.body, published: ENGLISH_SHELLS.published });
    assert.equal(again.created, false);
    assert.equal(again.report.id, first.result.report.id);
    assert.deepEqual(
      again.proposals.map((p) => p.id),
      first.result.proposals.map((p) => p.id),
    );
    assert.deepEqual(await rowCounts(prisma), before);
  });

  it('accepting as an appearance of an existing claim anchors it there, with revisions', async () => {
    const { result, proposal } = await proposalRepeating(ENGLISH_SHELLS);
    const accepted = await acceptProposal(ctx, { id: proposal.id, version: proposal.version, claimId: claimId('shells') });
    assert.equal(accepted.status, 'ACCEPTED');
    assert.equal(accepted.claimId, claimId('shells'));
    assert.equal(accepted.version, proposal.version + 1);
    assert.equal(accepted.decidedBy, 'desk');
    const appearance = await prisma.appearance.findUniqueOrThrow({ where: { id: accepted.appearanceId! } });
    assert.deepEqual(
      { claimId: appearance.claimId, reportId: appearance.reportId, exact: appearance.exact, start: appearance.start, end: appearance.end },
      {
        claimId: claimId('shells'),
        reportId: result.report.id,
        exact: proposal.quote.exact,
        start: proposal.quote.start,
        end: proposal.quote.end,
      },
    );
    const revisions = await prisma.revision.findMany({ where: { entityId: { in: [proposal.id, appearance.id] } }, orderBy: { id: 'asc' } });
    assert.deepEqual(
      revisions.map((r) => `${r.entityType} ${r.action}`),
      ['Proposal CREATE', 'Appearance CREATE', 'Proposal UPDATE'],
    );
    assert.equal((revisions[2]!.before as { status: string }).status, 'PENDING');

    await assert.rejects(
      acceptProposal(ctx, { id: proposal.id, version: accepted.version, claimId: claimId('shells') }),
      (error: unknown) => {
        assert.ok(error instanceof ValidationError);
        assert.match(error.message, /already accepted/);
        return true;
      },
    );
  });

  it('accepting as a new claim goes through createClaim with the edited statement, actors and its appearance', async () => {
    const text = {
      body: 'Seoul, 2 October 2022. South Korean officials said North Korea had fired two ballistic missiles into the sea on Sunday morning.',
      published: '2022-10-02',
    };
    const { proposals } = await ingest(text);
    const p = proposals[0]!;
    const northKorea = sampleId('actor:north-korea');
    const southKorea = sampleId('actor:south-korea');
    const claim = await prisma.actor.findUnique({ where: { id: southKorea } });
    assert.ok(claim, 'the sample data has South Korea');
    const accepted = await acceptProposal(ctx, {
      id: p.id,
      version: p.version,
      newClaim: {
        statement: 'North Korea fired two ballistic missiles into the sea on 2 October 2022.',
        kind: 'EVENT',
        claimantIds: [southKorea],
        subjectIds: [northKorea],
      },
    });
    const created = await prisma.claim.findUniqueOrThrow({
      where: { id: accepted.claimId! },
      include: { actors: true, appearances: true },
    });
    assert.equal(created.statement, 'North Korea fired two ballistic missiles into the sea on 2 October 2022.');
    assert.equal(created.claimedOn.toISOString().slice(0, 10), '2022-10-02', 'claimed when the report was published, by default');
    assert.equal(created.credibility, p.credibility);
    assert.deepEqual(
      created.actors.map((a) => `${a.role} ${a.actorId}`).sort(),
      [`CLAIMANT ${southKorea}`, `SUBJECT ${northKorea}`].sort(),
    );
    assert.deepEqual(
      created.appearances.map((a) => a.id),
      [accepted.appearanceId],
    );
    const revisions = await prisma.revision.findMany({
      where: { entityId: { in: [created.id, accepted.appearanceId!, p.id] } },
      orderBy: { id: 'asc' },
    });
    assert.deepEqual(
      revisions.map((r) => `${r.entityType} ${r.action}`),
      ['Proposal CREATE', 'Claim CREATE', 'Appearance CREATE', 'Proposal UPDATE'],
    );
  });

  it('a rejected proposal stays rejected when the text comes again; a stale version is refused', async () => {
    const text = {
      body: 'Kyiv, 3 October 2022. Ukrainian officials said Russian forces had withdrawn from the town of Lyman over the weekend.',
      published: '2022-10-03',
    };
    const { proposals } = await ingest(text);
    const p = proposals[0]!;
    const before = await rowCounts(prisma);
    await assert.rejects(rejectProposal(ctx, { id: p.id, version: p.version + 1 }), ConflictError);
    assert.deepEqual(await rowCounts(prisma), before);
    const rejected = await rejectProposal(ctx, { id: p.id, version: p.version, note: 'not a claim worth tracking' });
    assert.equal(rejected.status, 'REJECTED');
    assert.equal(rejected.decisionNote, 'not a claim worth tracking');
    const again = await ingest(text);
    assert.equal(again.created, false);
    assert.deepEqual(
      again.proposals.map((x) => [x.id, x.status]),
      [[p.id, 'REJECTED']],
    );
    const revisions = await prisma.revision.findMany({ where: { entityId: p.id }, orderBy: { id: 'asc' } });
    assert.deepEqual(
      revisions.map((r) => r.action),
      ['CREATE', 'UPDATE'],
    );
  });

  it('accepting needs exactly one of a new claim and an existing claim', async () => {
    const { proposals } = await ingest({
      body: 'Officials said the talks in Geneva had collapsed after four hours on Friday.',
      published: '2022-10-04',
    });
    const p = proposals[0]!;
    const before = await rowCounts(prisma);
    await assert.rejects(acceptProposal(ctx, { id: p.id, version: p.version }), (error: unknown) => {
      assert.ok(error instanceof ValidationError);
      assert.equal(error.issues[0]?.field, 'claimId');
      return true;
    });
    assert.deepEqual(await rowCounts(prisma), before);
  });

  describe('bad input stores nothing', () => {
    const good = { body: 'Officials said North Korea had sold shells to Russia.', published: '2022-09' };
    const cases: { name: string; input: IngestInput; options?: { maxBodyBytes: number }; field: string; message: RegExp }[] = [
      { name: 'an empty body', input: { ...good, body: '  \n ' }, field: 'body', message: /must not be empty/ },
      {
        name: 'bytes that are not UTF-8',
        input: { ...good, body: Buffer.from([0x4f, 0x66, 0xff, 0xfe, 0x21]) },
        field: 'body',
        message: /not valid UTF-8/,
      },
      { name: 'a lone surrogate', input: { ...good, body: 'Officials said \ud800 something.' }, field: 'body', message: /not valid UTF-8/ },
      { name: 'a NUL character', input: { ...good, body: 'Officials said\u0000 it.' }, field: 'body', message: /NUL/ },
      { name: 'a body over the limit', input: good, options: { maxBodyBytes: 20 }, field: 'body', message: /limit is 20 bytes/ },
      {
        name: 'a body over the 2 MB default',
        input: { ...good, body: 'a'.repeat(2 * 1024 * 1024 + 1) },
        field: 'body',
        message: /limit is 2097152 bytes/,
      },
      { name: 'no date', input: { body: good.body }, field: 'published', message: /no date/ },
      { name: 'an impossible date', input: { ...good, published: '2022-02-31' }, field: 'published', message: /not a date/ },
      {
        name: 'an unknown publisher slug',
        input: { ...good, publisherSlug: 'no-such-outlet' },
        field: 'publisherSlug',
        message: /no source has the slug/,
      },
      {
        name: 'an unknown publisher id',
        input: { ...good, publisherId: '01890000-0000-7000-8000-000000000000' },
        field: 'publisherId',
        message: /does not exist|no source/,
      },
      { name: 'a language other than de or en', input: { ...good, language: 'fr' as 'de' }, field: 'language', message: /"de" or "en"/ },
    ];
    for (const c of cases) {
      it(`${c.name}: refused, naming ${c.field}`, async () => {
        const before = await rowCounts(prisma);
        await assert.rejects(ingestReport(ctx, c.input, c.options), (error: unknown) => {
          const issues =
            error instanceof ValidationError
              ? error.issues
              : [{ field: (error as { field?: string }).field ?? '?', message: (error as Error).message }];
          const issue = issues.find((i) => i.field === c.field);
          assert.ok(issue, `no issue for ${c.field}: ${JSON.stringify(issues)}`);
          assert.match(issue.message, c.message);
          return true;
        });
        assert.deepEqual(await rowCounts(prisma), before);
      });
    }
  });
});

describe('a report file', () => {
  it('may start with a date line, which is not part of the body', () => {
    assert.deepEqual(splitDateHeader(' date 2022-09 Der Text.'), { date: '2022-09', body: 'Der Text.' });
    assert.deepEqual(splitDateHeader(' date 2022-09-14\nDer Text.'), { date: '2022-09-14', body: 'Der Text.' });
    assert.deepEqual(splitDateHeader('Der Text.'), { date: null, body: 'Der Text.' });
  });
});
