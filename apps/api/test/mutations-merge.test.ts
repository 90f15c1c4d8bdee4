// Reversible actor merges and "not the same" decisions over HTTP (admin keys only).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { globalId, latestRevision, ok, rawId, refusedUnchanged, useApi } from './mutations-support';

const t = useApi();

type Merge = {
  id: string;
  reason: string;
  mergedBy: string;
  undoneBy: string | null;
  survivor: { id: string };
  merged: { id: string; version: number; mergedInto: { id: string } | null };
};
type Distinction = { id: string; decidedBy: string; reason: string; actorA: { id: string }; actorB: { id: string } };
type ActorRead = { id: string; aliases: { name: string }[]; claims: { totalCount: number } };

const MERGE = 'id reason mergedBy undoneBy survivor { id } merged { id version mergedInto { id } }';
const merge = (survivorId: string, mergedId: string, reason = 'The same company under two names') =>
  t.admin<{ mergeActors: Merge }>(
    `mutation($s: ID!, $m: ID!, $r: String!) { mergeActors(survivorId: $s, mergedId: $m, reason: $r) { ${MERGE} } }`,
    { s: survivorId, m: mergedId, r: reason },
  );
const unmerge = (mergeId: string) =>
  t.admin<{ unmergeActors: Merge }>(`mutation($m: ID!) { unmergeActors(mergeId: $m) { ${MERGE} } }`, { m: mergeId });
const distinguish = (a: string, b: string, reason = 'Different registrations') =>
  t.admin<{ recordActorDistinction: Distinction }>(
    'mutation($a: ID!, $b: ID!, $r: String!) { recordActorDistinction(actorAId: $a, actorBId: $b, reason: $r) { id decidedBy reason actorA { id } actorB { id } } }',
    { a, b, r: reason },
  );
const read = async (id: string) =>
  ok(
    await t.anonymous<{ actor: ActorRead | null }>('query($id: ID!) { actor(id: $id) { id aliases { name } claims { totalCount } } }', {
      id,
    }),
  ).actor;

let serial = 0;
/** Two fresh actors, the second with an alias and a claim of its own. */
async function pair() {
  serial += 1;
  const create = async (name: string, aliases: { name: string }[] = []) =>
    ok(
      await t.editor<{ createActor: { id: string } }>(
        'mutation($n: String!, $a: [AliasInput!]) { createActor(input: { name: $n, kind: ORGANISATION, aliases: $a }) { id } }',
        { n: name, a: aliases },
      ),
    ).createActor.id;
  const survivor = await create(`Acme ${serial}`);
  const merged = await create(`Acme Holdings ${serial}`, [{ name: `ACH ${serial}` }]);
  ok(
    await t.editor(
      'mutation($c: [ID!]) { createClaim(input: { statement: "Acme sells anvils.", kind: EVENT, claimed: "2024", claimantIds: $c }) { id } }',
      { c: [merged] },
    ),
  );
  return { survivor, merged, names: { survivor: `Acme ${serial}`, merged: `Acme Holdings ${serial}`, alias: `ACH ${serial}` } };
}

describe('mergeActors and unmergeActors', () => {
  it('a merged actor’s id resolves to the survivor, which gains its names and claims; both writes are recorded', async () => {
    const { survivor, merged, names } = await pair();
    const { mergeActors: result } = ok(await merge(survivor, merged));
    assert.deepEqual(
      {
        survivor: result.survivor.id,
        merged: result.merged.id,
        into: result.merged.mergedInto?.id,
        version: result.merged.version,
        undoneBy: result.undoneBy,
      },
      { survivor, merged, into: survivor, version: 2, undoneBy: null },
    );
    assert.match(result.mergedBy, /test admin/);

    const resolved = await read(merged);
    assert.equal(resolved?.id, survivor);
    assert.deepEqual(resolved?.aliases.map((a) => a.name).sort(), [names.survivor, names.alias, names.merged].sort());
    assert.equal(resolved?.claims.totalCount, 1);
    const listed = ok(
      await t.anonymous<{ actors: { edges: { node: { id: string } }[] } }>(
        'query($n: String!) { actors(name: $n) { edges { node { id } } } }',
        { n: names.alias },
      ),
    );
    assert.deepEqual(
      listed.actors.edges.map((e) => e.node.id),
      [survivor],
      'the merged actor is listed as its survivor',
    );

    await latestRevision(t.api, 'Actor', merged, { action: 'MERGE', by: 'admin' });
    await latestRevision(t.api, 'ActorMerge', result.id, { action: 'CREATE', by: 'admin' });
  });

  it('undoing a merge gives the merged actor back exactly, and is recorded; undoing it twice is refused', async () => {
    const { survivor, merged, names } = await pair();
    const { mergeActors: done } = ok(await merge(survivor, merged));
    const { unmergeActors: undone } = ok(await unmerge(done.id));
    assert.deepEqual({ into: undone.merged.mergedInto, version: undone.merged.version }, { into: null, version: 3 });
    assert.match(undone.undoneBy ?? '', /test admin/);

    assert.equal((await read(merged))?.id, merged);
    assert.deepEqual(
      (await read(survivor))?.aliases.map((a) => a.name),
      [names.survivor],
    );
    assert.equal((await read(survivor))?.claims.totalCount, 0);
    await latestRevision(t.api, 'Actor', merged, { action: 'UNMERGE', by: 'admin' });
    await latestRevision(t.api, 'ActorMerge', done.id, { action: 'UPDATE', by: 'admin' });

    await refusedUnchanged(t.api, () => unmerge(done.id), {
      code: 'BAD_USER_INPUT',
      field: 'mergeId',
      message: /this merge was already undone by key:test admin/,
    });
  });

  it('refuses merging an actor into itself, merging one that is merged already, and merging into a merged one', async () => {
    const { survivor, merged } = await pair();
    const third = (await pair()).survivor;
    await refusedUnchanged(t.api, () => merge(survivor, survivor), {
      code: 'BAD_USER_INPUT',
      field: 'mergedId',
      message: /cannot be merged into itself/,
    });
    const { mergeActors: done } = ok(await merge(survivor, merged));
    await refusedUnchanged(t.api, () => merge(third, merged), {
      code: 'BAD_USER_INPUT',
      field: 'mergedId',
      message: new RegExp(`is already merged into "Acme \\d+" \\(${rawId(survivor)}\\) \\(merge ${done.id}\\): undo that merge first`),
    });
    await refusedUnchanged(t.api, () => merge(merged, third), {
      code: 'BAD_USER_INPUT',
      field: 'survivorId',
      message: new RegExp(`merge into ${rawId(survivor)} instead`),
    });
  });

  it('refuses an empty reason and a merge that does not exist', async () => {
    const { survivor, merged } = await pair();
    await refusedUnchanged(t.api, () => merge(survivor, merged, ' '), {
      code: 'BAD_USER_INPUT',
      field: 'reason',
      message: /must not be empty/,
    });
    await refusedUnchanged(t.api, () => unmerge('00000000-0000-4000-8000-000000000000'), { code: 'NOT_FOUND', field: 'mergeId' });
  });
});

describe('recordActorDistinction', () => {
  it('records that two actors are not the same, after which a merge of them is refused and changes nothing', async () => {
    const { survivor, merged } = await pair();
    const { recordActorDistinction: distinction } = ok(await distinguish(merged, survivor));
    assert.deepEqual([distinction.actorA.id, distinction.actorB.id].sort(), [survivor, merged].sort());
    assert.match(distinction.decidedBy, /test admin/);
    await latestRevision(t.api, 'ActorDistinction', distinction.id, { action: 'CREATE', by: 'admin' });

    await refusedUnchanged(t.api, () => merge(survivor, merged), {
      code: 'BAD_USER_INPUT',
      field: 'mergedId',
      message: /were recorded as not the same by key:test admin .* on \d{4}-\d{2}-\d{2}: "Different registrations"/,
    });
    assert.equal((await read(merged))?.id, merged, 'still its own actor');
    await refusedUnchanged(t.api, () => distinguish(survivor, merged), {
      code: 'BAD_USER_INPUT',
      field: 'actorBId',
      message: /were already recorded as not the same/,
    });
  });

  it('refuses to call two merged actors distinct until the merge is undone', async () => {
    const { survivor, merged } = await pair();
    const { mergeActors: done } = ok(await merge(survivor, merged));
    await refusedUnchanged(t.api, () => distinguish(survivor, merged), {
      code: 'BAD_USER_INPUT',
      field: 'actorBId',
      message: new RegExp(`are merged .*: undo merge ${done.id} first`),
    });
  });

  it('refuses an actor that does not exist', async () => {
    const { survivor } = await pair();
    await refusedUnchanged(t.api, () => distinguish(survivor, globalId('Actor', '00000000-0000-4000-8000-000000000000')), {
      code: 'NOT_FOUND',
      field: 'actorBId',
    });
  });
});
