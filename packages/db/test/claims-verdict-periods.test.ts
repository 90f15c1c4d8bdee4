// "cg_verdict_period" (migration verdict_periods) holds each claim's verdict in force by day,
// kept in step with the resolutions by triggers, and "cg_claim_day" / "cg_verdict_day"
// (migration verdict_day_counts) the counts of known claims and of each verdict by day. Whatever
// is written, in whatever order, they must say what the rule in TypeScript (currentVerdict) says,
// for every claim and every day asked.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { currentResolution, currentVerdict } from '../src/resolutions';
import { loadSampleData } from '../src/seed';
import { createMigratedDatabase, type TestDatabase } from '../src/testing';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAYS = ['2021-01-01', '2022-09-01', '2022-10-15', '2023-01-01', '2023-02-01', '2023-06-01', '2024-01-01', '2030-01-01'].map(day);

describe('the verdict periods follow every write to resolutions and claims', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let claimIds: string[];

  before(async () => {
    database = await createMigratedDatabase();
    prisma = createPrismaClient(database.url);
    await loadSampleData(prisma);
    claimIds = (await prisma.claim.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).map((c) => c.id);
  });

  after(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  /** Every claim's verdict on every day, as the periods say and as currentVerdict says. */
  async function agree(step: string) {
    const claims = await prisma.claim.findMany({
      select: {
        id: true,
        claimedOn: true,
        hiddenAt: true,
        resolutions: { select: { id: true, verdict: true, effectiveOn: true, recordedAt: true, correctsId: true } },
      },
    });
    const periods = await prisma.$queryRaw<
      {
        claimId: string;
        validFrom: Date;
        validTo: Date | null;
        verdict: string;
        claimedOn: Date;
        claimVisible: boolean;
        resolutionId: string | null;
      }[]
    >`SELECT "claimId"::text AS "claimId", "validFrom", "validTo", verdict::text AS verdict, "claimedOn", "claimVisible",
             "resolutionId"::text AS "resolutionId"
      FROM "cg_verdict_period"`;
    let settled = 0;
    const counted = await prisma.$queryRaw<{ verdict: string; day: Date; n: number }[]>`
      SELECT v.verdict::text AS verdict, d.day, coalesce(sum(c.change), 0)::int AS n
      FROM unnest(enum_range(NULL::"Verdict")) AS v(verdict)
      CROSS JOIN unnest(${DAYS}::date[]) AS d(day)
      LEFT JOIN "cg_verdict_day" c ON c.verdict = v.verdict AND c.day <= d.day
      GROUP BY v.verdict, d.day`;
    const known = await prisma.$queryRaw<{ day: Date; n: number }[]>`
      SELECT d.day, coalesce(sum(c.change), 0)::int AS n
      FROM unnest(${DAYS}::date[]) AS d(day) LEFT JOIN "cg_claim_day" c ON c.day <= d.day GROUP BY d.day`;
    for (const asOf of DAYS) {
      const visible = claims.filter((c) => c.hiddenAt === null && c.claimedOn <= asOf);
      const n = known.find((k) => k.day.getTime() === asOf.getTime())?.n;
      assert.equal(n, visible.length, `${step}: known claims on ${asOf.toISOString().slice(0, 10)}`);
      for (const verdict of ['CONFIRMED', 'PARTLY_CONFIRMED', 'REFUTED', 'UNVERIFIABLE']) {
        const expected = visible.filter((c) => currentVerdict(c.resolutions, asOf) === verdict).length;
        const got = counted.find((c) => c.verdict === verdict && c.day.getTime() === asOf.getTime())?.n;
        assert.equal(got, expected, `${step}: ${verdict} claims on ${asOf.toISOString().slice(0, 10)}`);
      }
    }
    for (const claim of claims) {
      const own = periods.filter((p) => p.claimId === claim.id);
      for (const p of own) {
        assert.equal(p.claimedOn.getTime(), claim.claimedOn.getTime(), `${step}: claimedOn copied for ${claim.id}`);
        assert.equal(p.claimVisible, claim.hiddenAt === null, `${step}: visibility copied for ${claim.id}`);
      }
      for (const asOf of DAYS) {
        const inForce = own.filter((p) => p.validFrom <= asOf && (p.validTo === null || p.validTo > asOf));
        assert.ok(inForce.length <= 1, `${step}: at most one period in force for ${claim.id} on ${asOf.toISOString()}`);
        const expected = currentVerdict(claim.resolutions, asOf);
        assert.equal(inForce[0]?.verdict ?? 'OPEN', expected, `${step}: ${claim.id} on ${asOf.toISOString().slice(0, 10)}`);
        assert.equal(
          inForce[0]?.resolutionId ?? null,
          currentResolution(claim.resolutions, asOf)?.id ?? null,
          `${step}: the resolution in force for ${claim.id} on ${asOf.toISOString().slice(0, 10)}`,
        );
        if (expected !== 'OPEN') settled++;
      }
    }
    return settled;
  }

  const resolution = (claimId: string, verdict: 'CONFIRMED' | 'REFUTED' | 'UNVERIFIABLE' | 'PARTLY_CONFIRMED', effectiveOn: string) => ({
    claimId,
    verdict,
    effectiveOn: day(effectiveOn),
    effectivePrecision: 'DAY' as const,
    rationale: 'test',
    recordedBy: 'test',
  });

  it('after the sample data is loaded', async () => {
    assert.ok((await agree('sample data')) > 0, 'some sample claim is settled on some day asked');
  });

  it('after resolutions are added out of order, several in one statement', async () => {
    const [a, b] = [claimIds[0]!, claimIds[1]!];
    await prisma.resolution.createMany({
      data: [resolution(a, 'REFUTED', '2023-06-01'), resolution(a, 'CONFIRMED', '2022-10-15'), resolution(b, 'UNVERIFIABLE', '2023-01-01')],
    });
    await agree('added');
  });

  it('after a correction that takes effect later, and one that takes effect the same day', async () => {
    const a = claimIds[0]!;
    const [first] = await prisma.resolution.findMany({ where: { claimId: a }, orderBy: { effectiveOn: 'asc' }, take: 1 });
    await prisma.resolution.create({ data: { ...resolution(a, 'PARTLY_CONFIRMED', '2023-02-01'), correctsId: first!.id } });
    const c = claimIds[2]!;
    const made = await prisma.resolution.create({ data: resolution(c, 'CONFIRMED', '2022-09-01') });
    await prisma.resolution.create({ data: { ...resolution(c, 'REFUTED', '2022-09-01'), correctsId: made.id } });
    await agree('corrected');
  });

  it('after resolutions are moved to another day and deleted', async () => {
    const b = claimIds[1]!;
    await prisma.resolution.updateMany({ where: { claimId: b }, data: { effectiveOn: day('2024-01-01') } });
    await agree('moved');
    const a = claimIds[0]!;
    const last = await prisma.resolution.findFirst({ where: { claimId: a, correctedBy: null }, orderBy: { effectiveOn: 'desc' } });
    await prisma.resolution.delete({ where: { id: last!.id } });
    await agree('deleted');
  });

  it('after a claim is hidden and another is dated anew', async () => {
    await prisma.claim.update({ where: { id: claimIds[0]! }, data: { hiddenAt: new Date() } });
    await prisma.claim.update({ where: { id: claimIds[2]! }, data: { claimedOn: day('2022-01-01') } });
    await agree('claims changed');
    await prisma.claim.update({ where: { id: claimIds[0]! }, data: { hiddenAt: null } });
    await agree('claim shown again');
  });

  it('after claims are deleted, and after the resolutions are truncated', async () => {
    const [row] = await prisma.$queryRaw<{ id: string }[]>`
      SELECT c.id::text AS id FROM "Claim" c
      WHERE NOT EXISTS (SELECT 1 FROM "ClaimRelation" r WHERE c.id IN (r."fromClaimId", r."toClaimId"))
        AND EXISTS (SELECT 1 FROM "Resolution" r WHERE r."claimId" = c.id)
      ORDER BY c.id LIMIT 1`;
    const gone = row!.id;
    await prisma.$executeRaw`DELETE FROM "Evidence" e USING "Resolution" r WHERE e."resolutionId" = r.id AND r."claimId" = ${gone}::uuid`;
    await prisma.$executeRaw`UPDATE "Resolution" SET "correctsId" = NULL WHERE "claimId" = ${gone}::uuid`;
    await prisma.$executeRaw`DELETE FROM "Resolution" WHERE "claimId" = ${gone}::uuid`;
    await prisma.$executeRaw`DELETE FROM "ClaimActor" WHERE "claimId" = ${gone}::uuid`;
    await prisma.$executeRaw`DELETE FROM "Appearance" WHERE "claimId" = ${gone}::uuid`;
    await prisma.$executeRaw`DELETE FROM "Claim" WHERE id = ${gone}::uuid`;
    await agree('claim deleted');
    await prisma.$executeRawUnsafe('TRUNCATE "Resolution" CASCADE');
    assert.equal(await agree('truncated'), 0);
  });
});
