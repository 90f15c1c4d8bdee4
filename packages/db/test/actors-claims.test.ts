// Actors' claims paged from cg_claim_actor_list_idx (actors/claims.ts) list and count exactly
// what the Prisma filter of the same meaning returns, in the same order, through writes that move
// claims (hiding, showing, dating anew) and across merged actors, for one actor (Actor.claims) and
// for several with claim dates (claims(filter: { claimantIds })).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  actorByKeyClaimsPageSql,
  actorClaimsPageSql,
  actorIdsMergedInto,
  countActorClaims,
  type ActorClaimsQuery,
  type ActorKey,
} from '../src/actors';
import { ClaimOrder, readClaimPage } from '../src/claims';
import { pageThrough, useSampleDatabase } from '../src/testing';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("an actor's claims, paged in SQL", () => {
  const db = useSampleDatabase();

  async function expected({ actorIds, role, asOf, claimedFrom, claimedTo }: ActorClaimsQuery) {
    const family = (await Promise.all(actorIds.map((id) => actorIdsMergedInto(db.prisma, id)))).flat();
    const rows = await db.prisma.claim.findMany({
      where: {
        hiddenAt: null,
        AND: [
          ...(asOf ? [{ claimedOn: { lte: asOf } }] : []),
          ...(claimedFrom ? [{ claimedOn: { gte: claimedFrom } }] : []),
          ...(claimedTo ? [{ claimedOn: { lte: claimedTo } }] : []),
        ],
        actors: { some: { actorId: { in: family }, ...(role ? { role } : {}) } },
      },
      orderBy: ClaimOrder,
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** Every page, each counting too, as the API asks when totalCount is selected. */
  const paged = (query: ActorClaimsQuery) =>
    pageThrough((page) => readClaimPage(db.prisma, actorClaimsPageSql(query, page, { count: true })));

  /** paged, for the one actor `key` names, found by the statement itself (actor(slug) { claims }). */
  const pagedByKey = (key: ActorKey, { actorIds: _, ...query }: ActorClaimsQuery) =>
    pageThrough((page) => readClaimPage(db.prisma, actorByKeyClaimsPageSql(key, query, page, { count: true })));

  /** The last `take` claims, from the end backwards (Prisma's negative take), in list order. */
  async function lastPage(query: ActorClaimsQuery, take: number) {
    return (await readClaimPage(db.prisma, actorClaimsPageSql(query, { take: -take }))).ids;
  }

  async function agreeForAll(step: string) {
    const actors = await db.prisma.actor.findMany({ where: { mergedIntoId: null }, select: { id: true, slug: true } });
    let nonEmpty = 0;
    for (const actor of actors) {
      for (const role of [undefined, 'CLAIMANT', 'SUBJECT'] as const) {
        for (const asOf of [undefined, day('2022-10-01'), day('2023-06-01')]) {
          const query = { actorIds: [actor.id], role, asOf };
          const want = await expected(query);
          const what = `${step}: ${actor.slug} ${role ?? 'any role'} ${asOf?.toISOString().slice(0, 10) ?? 'today'}`;
          assert.deepEqual(await paged(query), { ids: want, counts: [want.length] }, what);
          assert.deepEqual(await lastPage(query, 2), want.slice(-2), `last page of ${what}`);
          assert.equal(await countActorClaims(db.prisma, query), want.length, `count of ${what}`);
          for (const key of [{ id: actor.id }, { slug: actor.slug }])
            assert.deepEqual(await pagedByKey(key, query), { ids: want, counts: [want.length] }, `${what} by ${JSON.stringify(key)}`);
          if (want.length > 1) nonEmpty++;
        }
      }
    }
    assert.ok(nonEmpty > 5, 'several actors have several claims, so agreement says something');
    // Several actors at once, with claim dates, and one id twice: a claim two of them have comes once.
    let shared = 0;
    for (const [i, actor] of actors.entries()) {
      const actorIds = [actor.id, actors[(i + 1) % actors.length]!.id, actors[(i + 3) % actors.length]!.id, actor.id];
      for (const role of ['CLAIMANT', 'SUBJECT'] as const) {
        for (const query of [
          { actorIds, role },
          { actorIds, role, asOf: day('2023-06-01'), claimedFrom: day('2022-09-01'), claimedTo: day('2023-03-01') },
        ]) {
          const want = await expected(query);
          const what = `${step}: ${actor.slug} and others ${role} ${JSON.stringify(query)}`;
          assert.deepEqual(await paged(query), { ids: want, counts: [want.length] }, what);
          assert.deepEqual(await lastPage(query, 3), want.slice(-3), `last page of ${what}`);
          assert.equal(await countActorClaims(db.prisma, query), want.length, `count of ${what}`);
          const each = await Promise.all(actorIds.slice(0, 3).map((id) => expected({ ...query, actorIds: [id] })));
          if (each.flat().length > new Set(each.flat()).size) shared++;
        }
      }
    }
    assert.ok(shared > 0, 'some claims belong to two of the actors asked for, so the dedupe was tried');
  }

  it('on the sample data', async () => {
    await agreeForAll('sample data');
  });

  it("plans one actor's page once per connection, not at every run", async () => {
    const [actor] = await db.prisma.actor.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 1 });
    // One connection for all of it: prepared statements and their plans belong to a connection.
    const plans = await db.prisma.$transaction(async (tx) => {
      for (let run = 0; run < 8; run++)
        await readClaimPage(
          tx as typeof db.prisma,
          actorClaimsPageSql({ actorIds: [actor!.id], role: 'SUBJECT' }, { take: 13 }, { count: true }),
        );
      return tx.$queryRaw<{ generic: number; custom: number }[]>`
        SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements
        WHERE statement LIKE '%WITH RECURSIVE family%' AND statement LIKE '%LIMIT 13 OFFSET 0%' AND statement NOT LIKE '%pg_prepared%'`;
    });
    // Its page size is written into its text (no other test pages by 13).
    assert.equal(plans.length, 1, 'one statement for every run');
    // PostgreSQL plans the first five runs for their values, then keeps a generic plan when it costs no more.
    assert.ok(plans[0]!.generic >= 3, `generic plans ${plans[0]!.generic}, custom ${plans[0]!.custom}`);
  });

  it('after claims are hidden, dated anew and shown again, and an actor is merged', async () => {
    const [a, b] = await db.prisma.claim.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 2 });
    await db.prisma.claim.update({ where: { id: a!.id }, data: { hiddenAt: new Date() } });
    await db.prisma.claim.update({ where: { id: b!.id }, data: { claimedOn: day('2022-01-01') } });
    await agreeForAll('claims moved');
    await db.prisma.claim.update({ where: { id: a!.id }, data: { hiddenAt: null } });
    const [survivor, merged] = await db.prisma.actor.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 2 });
    // The merged actor shares a claim with the survivor (in both roles), which must come once.
    const shared = await db.prisma.claimActor.findFirst({ where: { actorId: survivor!.id }, select: { claimId: true } });
    assert.ok(shared, 'the survivor has a claim');
    for (const role of ['CLAIMANT', 'SUBJECT'] as const)
      await db.prisma.claimActor.upsert({
        where: { claimId_actorId_role: { claimId: shared.claimId, actorId: merged!.id, role } },
        create: { claimId: shared.claimId, actorId: merged!.id, role },
        update: {},
      });
    await db.prisma.actor.update({ where: { id: merged!.id }, data: { mergedIntoId: survivor!.id } });
    await agreeForAll('merged');
    // A merged actor named by itself has no page of its own (its claims are its survivor's), nor
    // has a hidden one: the API reads those apart.
    const none = { ids: [], counts: [0] };
    assert.deepEqual(await pagedByKey({ id: merged!.id }, { actorIds: [] }), none, 'merged, by id');
    const { slug } = await db.prisma.actor.update({ where: { id: survivor!.id }, data: { hiddenAt: new Date() }, select: { slug: true } });
    assert.deepEqual(await pagedByKey({ slug }, { actorIds: [] }), none, 'hidden, by slug');
    assert.deepEqual(await pagedByKey({ id: 'not-a-uuid' }, { actorIds: [] }), none, 'not an id');
    await db.prisma.actor.update({ where: { id: survivor!.id }, data: { hiddenAt: null } });
  });
});
