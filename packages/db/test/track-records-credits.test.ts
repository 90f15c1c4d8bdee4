// Sources' credits kept in cg_source_credit (migration source_credits) are the credits the rule of
// track-records/queries.ts gives when computed from the chain links and publishers, on any day,
// through every kind of write that changes them: chain links added, moved, removed and emptied,
// appearances hidden, moved and deleted, reports hidden, dated anew and given another publisher,
// a publisher removed, a source deleted, tables truncated.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Prisma } from '../generated/prisma/client';
import { sourceTrackRecord } from '../src/track-records';
import { useSampleDatabase } from '../src/testing';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAYS = [day('2022-09-15'), day('2022-12-01'), day('2023-06-01'), day('2100-01-01')];

interface Credit {
  party: string;
  claimId: string;
  originator: boolean;
}

describe("sources' credits, kept by triggers", () => {
  const db = useSampleDatabase();

  /** The rule, computed from the links and publishers: what the record read before the table. */
  const byRule = (on: Date) =>
    db.prisma.$queryRaw<Credit[]>(Prisma.sql`
      WITH credit AS (
        SELECT l."sourceId" AS party, a."claimId",
          l.position = (SELECT max(m.position) FROM "AttributionLink" m WHERE m."appearanceId" = l."appearanceId") AS originator
        FROM "AttributionLink" l
        JOIN "Appearance" a ON a.id = l."appearanceId" AND a."hiddenAt" IS NULL
        JOIN "Report" rep ON rep.id = a."reportId" AND rep."hiddenAt" IS NULL AND rep."publishedOn" <= ${on}::date
        WHERE l."sourceId" IS NOT NULL
        UNION ALL
        SELECT rep."publisherId", a."claimId", true
        FROM "Appearance" a
        JOIN "Report" rep ON rep.id = a."reportId" AND rep."hiddenAt" IS NULL AND rep."publishedOn" <= ${on}::date
        WHERE rep."publisherId" IS NOT NULL AND a."hiddenAt" IS NULL
          AND NOT EXISTS (SELECT 1 FROM "AttributionLink" l WHERE l."appearanceId" = a.id)
      )
      SELECT party::text AS party, "claimId"::text AS "claimId", bool_or(originator) AS originator
      FROM credit GROUP BY party, "claimId" ORDER BY party, "claimId"`);

  const kept = (on: Date) =>
    db.prisma.$queryRaw<Credit[]>(Prisma.sql`
      SELECT "sourceId"::text AS party, "claimId"::text AS "claimId", coalesce("originatedOn" <= ${on}::date, false) AS originator
      FROM "cg_source_credit" WHERE "knownOn" <= ${on}::date ORDER BY party, "claimId"`);

  async function agree(step: string, nonEmpty = true) {
    let credits = 0;
    let originated = 0;
    for (const on of DAYS) {
      const want = await byRule(on);
      assert.deepEqual(await kept(on), want, `${step}, on ${on.toISOString().slice(0, 10)}`);
      credits += want.length;
      originated += want.filter((c) => c.originator).length;
    }
    if (nonEmpty) {
      assert.ok(originated > 0 && originated < credits, `${step}: both originated and only carried claims (${originated} of ${credits})`);
    }
  }

  it('on the sample data, and the record reads them', async () => {
    await agree('sample data');
    // Publishers speaking in their own voice are credited too: a credit no chain gives.
    const ownVoice = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "cg_source_credit" sc
      WHERE NOT EXISTS (SELECT 1 FROM "cg_source_claim" c WHERE c."sourceId" = sc."sourceId" AND c."claimId" = sc."claimId")`;
    assert.ok(ownVoice[0]!.n > 0, 'some credits come from a publisher, not a chain');
    const nyt = await db.prisma.source.findFirstOrThrow({ where: { slug: 'nyt' } });
    const record = await sourceTrackRecord(db.prisma, nyt.id, day('2023-06-01'));
    const credits = (await kept(day('2023-06-01'))).filter((c) => c.party === nyt.id);
    assert.equal(record.originator.claims + record.carried.claims, credits.length);
    assert.equal(record.originator.claims, credits.filter((c) => c.originator).length);
  });

  it('after appearances and reports are hidden, dated anew and given another publisher', async () => {
    const links = await db.prisma.attributionLink.findMany({
      where: { sourceId: { not: null } },
      select: { appearance: { select: { id: true, claimId: true, reportId: true } } },
      orderBy: { id: 'asc' },
    });
    const [first, second] = [links[0]!.appearance, links[3]!.appearance];
    await db.prisma.appearance.update({ where: { id: first.id }, data: { hiddenAt: new Date() } });
    await db.prisma.report.update({ where: { id: second.reportId }, data: { hiddenAt: new Date() } });
    await agree('hidden');
    await db.prisma.report.update({ where: { id: second.reportId }, data: { hiddenAt: null, publishedOn: day('2023-01-20') } });
    await agree('dated anew');
    const sources = await db.prisma.source.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    // Reports whose appearances have no chain: their publisher is credited, so a new one takes the credit over.
    const reports = await db.prisma.report.findMany({
      where: { hiddenAt: null, appearances: { some: { hiddenAt: null, chain: { none: {} } } } },
      select: { id: true, publisherId: true },
      orderBy: { id: 'asc' },
      take: 3,
    });
    assert.ok(reports.length > 0, 'the sample data has a report speaking in its own voice');
    for (const report of reports) {
      const other = sources.find((s) => s.id !== report.publisherId)!;
      await db.prisma.report.update({ where: { id: report.id }, data: { publisherId: other.id } });
    }
    await agree('publishers changed');
  });

  it('after chain links are added, moved, removed and a chain emptied, and an appearance moves to another claim', async () => {
    const sources = await db.prisma.source.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    const appearances = await db.prisma.appearance.findMany({
      where: { hiddenAt: null, chain: { some: {} } },
      select: { id: true, claimId: true, chain: { select: { position: true } } },
      orderBy: { id: 'asc' },
    });
    const [one, two] = [appearances[1]!, appearances[2]!];
    const next = Math.max(0, ...one.chain.map((l) => l.position)) + 1;
    // A new last link: the source it names becomes the origin, the one before only carried it.
    await db.prisma.attributionLink.create({ data: { appearanceId: one.id, position: next, sourceId: sources.at(-1)!.id } });
    await agree('link added');
    await db.prisma.attributionLink.updateMany({ where: { appearanceId: one.id, position: next }, data: { sourceId: sources[0]!.id } });
    await agree('link moved');
    // An actor after it: the source now only carried the claim there.
    const actor = await db.prisma.actor.findFirstOrThrow({ select: { id: true }, orderBy: { id: 'asc' } });
    await db.prisma.attributionLink.create({ data: { appearanceId: one.id, position: next + 1, actorId: actor.id } });
    await agree('an actor after the source');
    await db.prisma.attributionLink.deleteMany({ where: { appearanceId: one.id, position: { gte: next } } });
    await agree('links removed');
    // No chain left: the report's publisher speaks in its own voice.
    await db.prisma.attributionLink.deleteMany({ where: { appearanceId: two.id } });
    await agree('chain emptied');
    const other = appearances.find((a) => a.claimId !== one.claimId)!;
    await db.prisma.appearance.update({ where: { id: one.id }, data: { claimId: other.claimId } });
    await agree('appearance moved');
  });

  it('after an appearance is deleted, a publisher removed, a source deleted, and after truncation', async () => {
    const link = await db.prisma.attributionLink.findFirst({ where: { sourceId: { not: null } }, select: { appearanceId: true } });
    await db.prisma.proposal.updateMany({ where: { appearanceId: link!.appearanceId }, data: { appearanceId: null } });
    await db.prisma.appearance.delete({ where: { id: link!.appearanceId } });
    await agree('appearance deleted');
    // A report without a publisher speaks for no source.
    const published = await db.prisma.report.findFirst({
      where: { publisherId: { not: null }, appearances: { some: { chain: { none: {} } } } },
    });
    assert.ok(published, 'a published report has an appearance without a chain');
    await db.prisma.report.update({ where: { id: published.id }, data: { publisherId: null } });
    await agree('publisher removed');
    // A source deleted: the reports it published keep their places without it (the foreign key sets null).
    const gone = await db.prisma.source.create({ data: { slug: 'gone', name: 'Gone', kind: 'NEWS_OUTLET' } });
    await db.prisma.report.update({ where: { id: published.id }, data: { publisherId: gone.id } });
    await agree('a new publisher');
    assert.ok(
      (await kept(day('2100-01-01'))).some((c) => c.party === gone.id),
      'the new publisher is credited',
    );
    await db.prisma.source.delete({ where: { id: gone.id } });
    await agree('source deleted');
    assert.ok(!(await kept(day('2100-01-01'))).some((c) => c.party === gone.id), 'the deleted source keeps no credit');
    await db.prisma.$executeRawUnsafe('TRUNCATE "AttributionLink"');
    await agree('links truncated', false);
    assert.ok((await kept(day('2100-01-01'))).length > 0, 'publishers still speak for the appearances left without chains');
    await db.prisma.$executeRawUnsafe('TRUNCATE "Appearance", "Evidence", "Proposal" CASCADE');
    assert.deepEqual(await kept(day('2100-01-01')), []);
  });
});
