import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { createMigratedDatabase, type TestDatabase } from '../src/testing';
import {
  actorIdsMergedInto,
  addActorAlias,
  createActor,
  mergeActors,
  MergeCycleError,
  recordDistinction,
  removeActorAlias,
  resolveActorId,
  unmergeActors,
} from '../src/actors';
import { addAppearance } from '../src/appearances';
import { createClaim } from '../src/claims';
import { createReport } from '../src/reports';
import { hideActor, unhideActor, ValidationError, type WriteContext } from '../src/shared';

const BODY = 'Die DPRK liefert Granaten, sagte ein Sprecher Pjöngjangs.';
const MISSING = '00000000-0000-4000-8000-000000000000';

let database: TestDatabase;
let prisma: PrismaClient;
let ctx: WriteContext;
const ids = {} as Record<'northKorea' | 'dprk' | 'southKorea' | 'claim', string>;

const newActor = async (name: string, aliases: { name: string; language?: string }[] = []) =>
  (await createActor(ctx, { name, kind: 'STATE', aliases })).id;

/** Everything a merge could move or rewrite: actors, aliases, claim actors, chain links, merges, distinctions, revisions. */
async function state() {
  const byId = { orderBy: { id: 'asc' as const } };
  return {
    actors: await prisma.actor.findMany(byId),
    aliases: await prisma.actorAlias.findMany(byId),
    claimActors: await prisma.claimActor.findMany({ orderBy: [{ claimId: 'asc' }, { actorId: 'asc' }, { role: 'asc' }] }),
    links: await prisma.attributionLink.findMany(byId),
    merges: await prisma.actorMerge.findMany(byId),
    distinctions: await prisma.actorDistinction.findMany(byId),
    revisions: await prisma.revision.count(),
  };
}

async function refusedWithoutChange(run: () => Promise<unknown>, field: string, message: RegExp) {
  const before = await state();
  await assert.rejects(run, (error: unknown) => {
    assert.ok(error instanceof ValidationError, `expected a ValidationError, got ${String(error)}`);
    const issue = error.issues.find((i) => i.field === field);
    assert.ok(issue, `no issue for ${field}: ${JSON.stringify(error.issues)}`);
    assert.match(issue.message, message);
    return true;
  });
  assert.deepEqual(await state(), before);
}

/** The rows a merge must leave alone, without the fields a merge legitimately changes on the merged actor. */
async function untouchedByMerge() {
  const { actors, revisions: _r, merges: _m, ...rest } = await state();
  return { ...rest, actors: actors.map(({ mergedIntoId: _i, version: _v, updatedAt: _u, ...actor }) => actor) };
}

before(async () => {
  database = await createMigratedDatabase();
  prisma = createPrismaClient(database.url);
  ctx = { prisma, actor: 'test' };
  ids.northKorea = await newActor('North Korea', [{ name: 'Nordkorea', language: 'de' }]);
  ids.dprk = await newActor('DPRK', [{ name: 'Pjöngjang', language: 'de' }]);
  ids.southKorea = await newActor('South Korea', [{ name: 'Südkorea', language: 'de' }]);
  const { report } = await createReport(ctx, { title: 'Granaten', body: BODY, language: 'de', published: '2022-09' });
  ids.claim = (
    await createClaim(ctx, {
      statement: 'North Korea supplies shells.',
      kind: 'EVENT',
      claimed: '2022-09',
      claimantIds: [ids.dprk],
      subjectIds: [ids.dprk],
    })
  ).id;
  await addAppearance(ctx, {
    claimId: ids.claim,
    reportId: report.id,
    anchor: { exact: 'Die DPRK liefert Granaten' },
    chain: [{ actorId: ids.dprk, relation: 'said' }],
  });
});

after(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

describe('merging actors', () => {
  it('a merged id resolves to the survivor, whose family includes it; nothing else moves; unmerge restores exactly', async () => {
    const untouched = await untouchedByMerge();
    const merge = await mergeActors(ctx, { survivorId: ids.northKorea, mergedId: ids.dprk, reason: 'DPRK is North Korea' });
    assert.equal(await resolveActorId(prisma, ids.dprk), ids.northKorea);
    assert.equal(await resolveActorId(prisma, ids.northKorea), ids.northKorea);
    assert.deepEqual(await actorIdsMergedInto(prisma, ids.northKorea), [ids.northKorea, ids.dprk]);
    assert.deepEqual(await untouchedByMerge(), untouched);
    const revision = await prisma.revision.findFirstOrThrow({ where: { entityId: ids.dprk, action: 'MERGE' } });
    assert.deepEqual(
      [(revision.before as { mergedIntoId: null }).mergedIntoId, (revision.after as { mergedIntoId: string }).mergedIntoId],
      [null, ids.northKorea],
    );

    const undone = await unmergeActors(ctx, { mergeId: merge.id });
    assert.equal(undone.undoneBy, 'test');
    assert.ok(undone.undoneAt instanceof Date);
    assert.equal(await resolveActorId(prisma, ids.dprk), ids.dprk);
    assert.deepEqual(await actorIdsMergedInto(prisma, ids.northKorea), [ids.northKorea]);
    assert.deepEqual(await untouchedByMerge(), untouched);
    assert.equal((await prisma.actor.findUniqueOrThrow({ where: { id: ids.dprk } })).mergedIntoId, null);
    await refusedWithoutChange(() => unmergeActors(ctx, { mergeId: merge.id }), 'mergeId', /already undone by test on \d{4}-\d\d-\d\d/);
  });

  it('merges of merges resolve transitively', async () => {
    const [a, b] = [await newActor('Korean People’s Army'), await newActor('KPA')];
    const first = await mergeActors(ctx, { survivorId: a, mergedId: b, reason: 'same army' });
    const second = await mergeActors(ctx, { survivorId: ids.northKorea, mergedId: a, reason: 'the state’s army, for claim counting' });
    assert.equal(await resolveActorId(prisma, b), ids.northKorea);
    assert.deepEqual(new Set(await actorIdsMergedInto(prisma, ids.northKorea)), new Set([ids.northKorea, a, b]));
    await unmergeActors(ctx, { mergeId: second.id });
    await unmergeActors(ctx, { mergeId: first.id });
    assert.equal(await resolveActorId(prisma, b), b);
  });

  it('a merge into an actor that is itself merged is refused and names the final survivor', async () => {
    const merge = await mergeActors(ctx, { survivorId: ids.northKorea, mergedId: ids.dprk, reason: 'same state' });
    const other = await newActor('Pyongyang regime');
    await refusedWithoutChange(
      () => mergeActors(ctx, { survivorId: ids.dprk, mergedId: other, reason: 'x' }),
      'survivorId',
      new RegExp(`"DPRK" .* is itself merged into "North Korea" .*: merge into ${ids.northKorea} instead`),
    );
    await refusedWithoutChange(
      () => mergeActors(ctx, { survivorId: ids.southKorea, mergedId: ids.dprk, reason: 'x' }),
      'mergedId',
      new RegExp(`already merged into "North Korea" .*\\(merge ${merge.id}\\): undo that merge first`),
    );
    await unmergeActors(ctx, { mergeId: merge.id });
  });

  it('an actor cannot be merged into itself, nor while hidden', async () => {
    await refusedWithoutChange(
      () => mergeActors(ctx, { survivorId: ids.dprk, mergedId: ids.dprk, reason: 'x' }),
      'mergedId',
      /into itself/,
    );
    const hidden = await hideActor(ctx, {
      id: ids.dprk,
      version: (await prisma.actor.findUniqueOrThrow({ where: { id: ids.dprk } })).version,
    });
    await refusedWithoutChange(
      () => mergeActors(ctx, { survivorId: ids.northKorea, mergedId: ids.dprk, reason: 'x' }),
      'mergedId',
      /is hidden/,
    );
    await unhideActor(ctx, { id: ids.dprk, version: hidden.version });
  });

  it('a recorded distinction refuses the merge in either order, saying who decided and why', async () => {
    const distinction = await recordDistinction(ctx, {
      actorAId: ids.southKorea,
      actorBId: ids.northKorea,
      reason: 'two different states',
    });
    assert.deepEqual([distinction.actorAId, distinction.actorBId], [ids.northKorea, ids.southKorea].sort());
    const why = /"North Korea" .* and "South Korea" .* were recorded as not the same by test on \d{4}-\d\d-\d\d: "two different states"/;
    await refusedWithoutChange(
      () => mergeActors(ctx, { survivorId: ids.northKorea, mergedId: ids.southKorea, reason: 'x' }),
      'mergedId',
      why,
    );
    await refusedWithoutChange(
      () => mergeActors(ctx, { survivorId: ids.southKorea, mergedId: ids.northKorea, reason: 'x' }),
      'mergedId',
      why,
    );
    await refusedWithoutChange(
      () => recordDistinction(ctx, { actorAId: ids.northKorea, actorBId: ids.southKorea, reason: 'again' }),
      'actorBId',
      /already recorded as not the same by test/,
    );
  });

  it('a distinction also holds for actors merged into either side', async () => {
    const rok = await newActor('Republic of Korea');
    const merge = await mergeActors(ctx, { survivorId: rok, mergedId: ids.southKorea, reason: 'same state' });
    await refusedWithoutChange(
      () => mergeActors(ctx, { survivorId: rok, mergedId: ids.northKorea, reason: 'x' }),
      'mergedId',
      /"North Korea" .* and "South Korea" .* were recorded as not the same/,
    );
    await unmergeActors(ctx, { mergeId: merge.id });
  });

  it('a distinction between actors that are merged is refused until they are unmerged', async () => {
    const merge = await mergeActors(ctx, { survivorId: ids.northKorea, mergedId: ids.dprk, reason: 'same state' });
    await refusedWithoutChange(
      () => recordDistinction(ctx, { actorAId: ids.dprk, actorBId: ids.northKorea, reason: 'x' }),
      'actorBId',
      new RegExp(`are merged \\(both resolve to ${ids.northKorea}\\): undo merge ${merge.id} first`),
    );
    await unmergeActors(ctx, { mergeId: merge.id });
  });

  it('unknown ids resolve to nothing, and a merge cycle made behind the write layer is reported, not looped', async () => {
    assert.equal(await resolveActorId(prisma, MISSING), null);
    assert.equal(await resolveActorId(prisma, 'not-an-id'), null);
    assert.deepEqual(await actorIdsMergedInto(prisma, MISSING), []);
    const [a, b] = [await newActor('Cycle A'), await newActor('Cycle B')];
    await prisma.actor.update({ where: { id: a }, data: { mergedIntoId: b } });
    await prisma.actor.update({ where: { id: b }, data: { mergedIntoId: a } });
    await assert.rejects(() => resolveActorId(prisma, a), MergeCycleError);
    assert.deepEqual(new Set(await actorIdsMergedInto(prisma, a)), new Set([a, b]));
    await prisma.actor.updateMany({ where: { id: { in: [a, b] } }, data: { mergedIntoId: null } });
  });
});

describe('aliases', () => {
  it('a name another actor already goes by is refused, naming that actor', () =>
    refusedWithoutChange(
      () => addActorAlias(ctx, { actorId: ids.southKorea, name: 'NORDKOREA' }),
      'name',
      /"NORDKOREA" is already an alias of "North Korea" .*allowShared/,
    ));

  it('allowShared records a knowingly shared name', async () => {
    const alias = await addActorAlias(ctx, { actorId: ids.southKorea, name: 'Korea', language: 'en', allowShared: true });
    assert.equal(alias.shared, false, 'nobody else had it yet');
    const shared = await addActorAlias(ctx, { actorId: ids.northKorea, name: 'Korea', allowShared: true });
    assert.deepEqual([shared.shared, shared.originActorId], [true, ids.northKorea]);
    const revision = await prisma.revision.findFirstOrThrow({ where: { entityType: 'ActorAlias', entityId: shared.id } });
    assert.deepEqual([revision.action, (revision.after as { shared: boolean }).shared], ['CREATE', true]);
  });

  it('a name of an actor merged into this one is not another actor’s', async () => {
    const merge = await mergeActors(ctx, { survivorId: ids.northKorea, mergedId: ids.dprk, reason: 'same state' });
    const alias = await addActorAlias(ctx, { actorId: ids.northKorea, name: 'Pjongjang', language: 'de' });
    assert.equal(alias.shared, false);
    await refusedWithoutChange(
      () => addActorAlias(ctx, { actorId: ids.dprk, name: 'Nordkorea' }),
      'actorId',
      new RegExp(`merged into ${ids.northKorea}`),
    );
    await unmergeActors(ctx, { mergeId: merge.id });
  });

  it('removing an alias hides it, and adding it again brings the same row back', async () => {
    const alias = await prisma.actorAlias.findFirstOrThrow({ where: { actorId: ids.southKorea, normalized: 'sudkorea' } });
    const removed = await removeActorAlias(ctx, { aliasId: alias.id });
    assert.ok(removed.hiddenAt instanceof Date);
    await refusedWithoutChange(() => removeActorAlias(ctx, { aliasId: alias.id }), 'aliasId', /already removed/);
    const back = await addActorAlias(ctx, { actorId: ids.southKorea, name: 'Südkorea', language: 'de' });
    assert.deepEqual([back.id, back.hiddenAt, back.originActorId], [alias.id, null, ids.southKorea]);
    const actions = await prisma.revision.findMany({ where: { entityId: alias.id }, orderBy: { id: 'asc' } });
    assert.deepEqual(
      actions.map((r) => r.action),
      ['HIDE', 'UNHIDE'],
    );
    await refusedWithoutChange(() => addActorAlias(ctx, { actorId: ids.southKorea, name: 'sudkorea' }), 'name', /already has this alias/);
  });
});
