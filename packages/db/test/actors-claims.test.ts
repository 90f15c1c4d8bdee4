// An actor's claims paged from cg_claim_actor_list_idx (actors/claims.ts) list and count exactly
// what the Prisma filter of the same meaning returns, in the same order, through writes that move
// claims (hiding, showing, dating anew) and across merged actors.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { actorClaimsPage, actorIdsMergedInto, countActorClaims, type ActorClaimsQuery } from '../src/actors';
import { ClaimOrder } from '../src/claims';
import { loadSampleData } from '../src/seed';
import { createMigratedDatabase, pageThrough, type TestDatabase } from '../src/testing';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("an actor's claims, paged in SQL", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;

  before(async () => {
    database = await createMigratedDatabase();
    prisma = createPrismaClient(database.url);
    await loadSampleData(prisma);
  });
  after(async () => {
    await prisma?.$disconnect();
    await database?.drop();
  });

  async function expected({ actorId, role, asOf }: ActorClaimsQuery) {
    const actorIds = await actorIdsMergedInto(prisma, actorId);
    const rows = await prisma.claim.findMany({
      where: {
        hiddenAt: null,
        ...(asOf ? { claimedOn: { lte: asOf } } : {}),
        actors: { some: { actorId: { in: actorIds }, ...(role ? { role } : {}) } },
      },
      orderBy: ClaimOrder,
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** Every page, each counting too, as the API asks when totalCount is selected. */
  const paged = (query: ActorClaimsQuery) => pageThrough((page) => actorClaimsPage(prisma, query, page, { count: true }));

  /** The last `take` claims, from the end backwards (Prisma's negative take), in list order. */
  async function lastPage(query: ActorClaimsQuery, take: number) {
    return (await actorClaimsPage(prisma, query, { take: -take })).ids;
  }

  async function agreeForAll(step: string) {
    const actors = await prisma.actor.findMany({ where: { mergedIntoId: null }, select: { id: true, slug: true } });
    let nonEmpty = 0;
    for (const actor of actors) {
      for (const role of [undefined, 'CLAIMANT', 'SUBJECT'] as const) {
        for (const asOf of [undefined, day('2022-10-01'), day('2023-06-01')]) {
          const query = { actorId: actor.id, role, asOf };
          const want = await expected(query);
          const what = `${step}: ${actor.slug} ${role ?? 'any role'} ${asOf?.toISOString().slice(0, 10) ?? 'today'}`;
          assert.deepEqual(await paged(query), { ids: want, counts: [want.length] }, what);
          assert.deepEqual(await lastPage(query, 2), want.slice(-2), `last page of ${what}`);
          assert.equal(await countActorClaims(prisma, query), want.length, `count of ${what}`);
          if (want.length > 1) nonEmpty++;
        }
      }
    }
    assert.ok(nonEmpty > 5, 'several actors have several claims, so agreement says something');
  }

  it('on the sample data', async () => {
    await agreeForAll('sample data');
  });

  it('after claims are hidden, dated anew and shown again, and an actor is merged', async () => {
    const [a, b] = await prisma.claim.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 2 });
    await prisma.claim.update({ where: { id: a!.id }, data: { hiddenAt: new Date() } });
    await prisma.claim.update({ where: { id: b!.id }, data: { claimedOn: day('2022-01-01') } });
    await agreeForAll('claims moved');
    await prisma.claim.update({ where: { id: a!.id }, data: { hiddenAt: null } });
    const [survivor, merged] = await prisma.actor.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 2 });
    // The merged actor shares a claim with the survivor (in both roles), which must come once.
    const shared = await prisma.claimActor.findFirst({ where: { actorId: survivor!.id }, select: { claimId: true } });
    assert.ok(shared, 'the survivor has a claim');
    for (const role of ['CLAIMANT', 'SUBJECT'] as const)
      await prisma.claimActor.upsert({
        where: { claimId_actorId_role: { claimId: shared.claimId, actorId: merged!.id, role } },
        create: { claimId: shared.claimId, actorId: merged!.id, role },
        update: {},
      });
    await prisma.actor.update({ where: { id: merged!.id }, data: { mergedIntoId: survivor!.id } });
    await agreeForAll('merged');
  });
});
