import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { claimPageIds, countClaims, isOverdue, updateClaim, type ClaimFilter } from '../src/claims';
import { currentVerdict } from '../src/resolutions';
import { loadSampleData } from '../src/seed';
import { createMigratedDatabase, type TestDatabase } from '../src/testing';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('overdue: past its resolvable-by date and still open', () => {
  const claim = { resolvableBy: day('2022-12-01') };

  it('is not overdue on its resolvable-by day, and is the day after', () => {
    assert.equal(isOverdue(claim, 'OPEN', day('2022-12-01')), false);
    assert.equal(isOverdue(claim, 'OPEN', day('2022-12-02')), true);
  });

  it('the hour of the day asked makes no difference', () => {
    assert.equal(isOverdue(claim, 'OPEN', new Date('2022-12-01T23:59:59Z')), false);
    assert.equal(isOverdue(claim, 'OPEN', new Date('2022-12-02T00:00:01Z')), true);
  });

  it('only an OPEN claim is overdue; UNVERIFIABLE is settled as far as waiting goes', () => {
    for (const verdict of ['CONFIRMED', 'PARTLY_CONFIRMED', 'REFUTED', 'UNVERIFIABLE'] as const) {
      assert.equal(isOverdue(claim, verdict, day('2030-01-01')), false, verdict);
    }
  });

  it('a claim with no resolvable-by date is never overdue', () => {
    assert.equal(isOverdue({ resolvableBy: null }, 'OPEN', day('2099-01-01')), false);
  });
});

describe('overdue in SQL is the same rule (sample data)', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;

  before(async () => {
    database = await createMigratedDatabase();
    prisma = createPrismaClient(database.url);
    await loadSampleData(prisma);
    // The sample claims have no resolvable-by dates; give them a spread of them, some before
    // their verdicts and some after, through the one write path.
    const spread = ['2022-10-15', '2022-12-01', '2023-03', '2023-11-30', '2024'];
    const claims = await prisma.claim.findMany({ where: { hiddenAt: null }, select: { id: true, version: true }, orderBy: { id: 'asc' } });
    for (const [i, claim] of claims.entries()) {
      await updateClaim({ prisma, actor: 'test' }, { id: claim.id, version: claim.version, resolvableBy: spread[i % spread.length]! });
    }
  });

  after(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  it('the verdict and overdue filters list and count exactly the claims currentVerdict and isOverdue say, on every day asked', async () => {
    const claims = await prisma.claim.findMany({
      where: { hiddenAt: null },
      select: {
        id: true,
        claimedOn: true,
        resolvableBy: true,
        resolutions: { select: { id: true, verdict: true, effectiveOn: true, recordedAt: true, correctsId: true } },
      },
    });
    const resolvableDays = claims.flatMap((c) => (c.resolvableBy ? [c.resolvableBy] : []));
    // Each resolvable-by day, the day after it, and a spread of days around the sample's events.
    const days = [
      ...resolvableDays.flatMap((d) => [d, new Date(d.getTime() + 24 * 60 * 60 * 1000)]),
      ...['2022-01-01', '2022-10-01', '2023-01-01', '2023-06-01', '2024-01-01', '2025-01-01'].map(day),
      undefined,
    ];
    let someOverdue = false;
    const verdicts = ['OPEN', 'CONFIRMED', 'PARTLY_CONFIRMED', 'REFUTED', 'UNVERIFIABLE'] as const;
    const agrees = async (filter: ClaimFilter, asOf: Date | undefined, expected: string[], what: string) => {
      const listed = (await claimPageIds(prisma, filter, asOf, { take: 1_000 })).sort();
      assert.deepEqual(listed, expected, `${what} on ${asOf?.toISOString().slice(0, 10) ?? 'today'}`);
      assert.equal(await countClaims(prisma, filter, asOf), expected.length, `count of ${what}`);
    };
    for (const asOf of days) {
      const now = asOf ?? new Date();
      // On a day, the claims made by then; today, every claim (claimFilterWhere's rule).
      const known = claims.filter((c) => !asOf || c.claimedOn.getTime() <= asOf.getTime());
      const ids = (keep: (c: (typeof claims)[number]) => boolean) =>
        known
          .filter(keep)
          .map((c) => c.id)
          .sort();
      const expected = ids((c) => isOverdue(c, currentVerdict(c.resolutions, now), now));
      await agrees({ overdue: true }, asOf, expected, 'overdue');
      for (const verdict of verdicts) {
        await agrees(
          { verdicts: [verdict] },
          asOf,
          ids((c) => currentVerdict(c.resolutions, now) === verdict),
          verdict,
        );
      }
      someOverdue ||= expected.length > 0;
    }
    assert.ok(someOverdue, 'some claim is overdue on some day asked, so agreement says something');
  });
});
