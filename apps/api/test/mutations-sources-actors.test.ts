// Writes of sources and actors (and actors' aliases) over HTTP, against the real database.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertStaleWriteRefused, inputMutation, latestRevision, ok, rawId, refusedUnchanged, sample, useApi } from './mutations-support';

const t = useApi();

type SourceFields = {
  id: string;
  slug: string;
  name: string;
  kind: string;
  reliability: string;
  country: string | null;
  description: string | null;
  version: number;
};
type ActorFields = {
  id: string;
  slug: string;
  name: string;
  kind: string;
  wikidataId: string | null;
  description: string | null;
  version: number;
  aliases: { id: string; name: string; language: string | null }[];
};

const SOURCE = 'id slug name kind reliability country description version';
const ACTOR = 'id slug name kind wikidataId description version aliases { id name language }';

const createSource = inputMutation<'createSource', SourceFields>(t, 'createSource', SOURCE);
const updateSource = inputMutation<'updateSource', SourceFields>(t, 'updateSource', SOURCE);
const createActor = inputMutation<'createActor', ActorFields>(t, 'createActor', ACTOR);
const updateActor = inputMutation<'updateActor', ActorFields>(t, 'updateActor', ACTOR);
const addAlias = (actorId: string, alias: Record<string, unknown>, allowShared?: boolean) =>
  t.editor<{ addActorAlias: { id: string; name: string; language: string | null; originActor: { id: string } } }>(
    'mutation($id: ID!, $alias: AliasInput!, $shared: Boolean) { addActorAlias(actorId: $id, alias: $alias, allowShared: $shared) { id name language originActor { id } } }',
    { id: actorId, alias, shared: allowShared },
  );
const removeAlias = (aliasId: string) =>
  t.editor<{ removeActorAlias: { id: string; name: string } }>('mutation($id: ID!) { removeActorAlias(aliasId: $id) { id name } }', {
    id: aliasId,
  });
const aliasesOf = async (actorId: string) =>
  ok(await t.anonymous<{ actor: ActorFields }>(`query($id: ID!) { actor(id: $id) { ${ACTOR} } }`, { id: actorId }))
    .actor.aliases.map((a) => a.name)
    .sort();

describe('createSource', () => {
  it('creates a source, makes its slug from the name, defaults reliability to F, and records who did it', async () => {
    const { createSource: source } = ok(await createSource({ name: 'The Daily Planet', kind: 'NEWS_OUTLET', country: 'US' }));
    assert.deepEqual(
      {
        slug: source.slug,
        name: source.name,
        kind: source.kind,
        reliability: source.reliability,
        country: source.country,
        version: source.version,
      },
      { slug: 'the-daily-planet', name: 'The Daily Planet', kind: 'NEWS_OUTLET', reliability: 'F', country: 'US', version: 1 },
    );
    const revision = await latestRevision(t.api, 'Source', source.id, { action: 'CREATE', by: 'editor' });
    assert.equal(revision.after?.slug, 'the-daily-planet');
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['an empty name', { name: '   ', kind: 'OTHER' }, 'name', /must not be empty/],
    ['a homepage that is not a URL', { name: 'N', kind: 'OTHER', homepage: 'planet dot com' }, 'homepage', /absolute URL/],
    ['a country that is not a code', { name: 'N', kind: 'OTHER', country: 'USA' }, 'country', /ISO 3166-1 alpha-2/],
    ['a slug with capitals and spaces', { name: 'N', kind: 'OTHER', slug: 'Daily Planet' }, 'slug', /lower-case words joined by hyphens/],
    [
      'a slug another source has',
      { name: 'N', kind: 'OTHER', slug: 'nyt' },
      'slug',
      /"nyt" is already taken by the source "The New York Times"/,
    ],
  ];
  for (const [what, input, field, message] of invalid) {
    it(`refuses ${what}, naming the field, and changes nothing`, () =>
      refusedUnchanged(t.api, () => createSource(input), { code: 'BAD_USER_INPUT', field, message }));
  }

  it('refuses an unknown kind before it runs, naming the value', () =>
    refusedUnchanged(t.api, () => t.editor('mutation { createSource(input: { name: "N", kind: BLOG }) { id } }'), {
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: /"BLOG".*"SourceKind"/,
    }));
});

describe('updateSource', () => {
  it('changes the named fields, clears one sent as null, moves the version on, and records before and after', async () => {
    const { createSource: created } = ok(
      await createSource({ name: 'Metropolis Gazette', kind: 'NEWS_OUTLET', description: 'Evening paper' }),
    );
    const { updateSource: updated } = ok(await updateSource({ id: created.id, version: 1, reliability: 'C', description: null }));
    assert.deepEqual(
      { name: updated.name, reliability: updated.reliability, description: updated.description, version: updated.version },
      { name: 'Metropolis Gazette', reliability: 'C', description: null, version: 2 },
    );
    const row = await t.api.prisma.source.findUniqueOrThrow({ where: { id: rawId(created.id) } });
    assert.equal(row.version, 2);
    const revision = await latestRevision(t.api, 'Source', created.id, { action: 'UPDATE', by: 'editor' });
    assert.deepEqual([revision.before?.reliability, revision.after?.reliability], ['F', 'C']);
  });

  it('refuses a slug another source has', () =>
    refusedUnchanged(t.api, () => updateSource({ id: sample('Source', 'source:nyt'), version: 1, slug: 'ap' }), {
      code: 'BAD_USER_INPUT',
      field: 'slug',
      message: /"ap" is already taken by the source "Associated Press"/,
    }));

  it('refuses to clear a required field', () =>
    refusedUnchanged(t.api, () => updateSource({ id: sample('Source', 'source:nyt'), version: 1, name: null }), {
      code: 'BAD_USER_INPUT',
      field: 'name',
    }));

  it('refuses an update that names nothing to change', () =>
    refusedUnchanged(t.api, () => updateSource({ id: sample('Source', 'source:nyt'), version: 1 }), {
      code: 'BAD_USER_INPUT',
      field: '(input)',
      message: /names no field to change/,
    }));

  it('refuses a stale version and keeps the other writer’s change', async () => {
    const { createSource: source } = ok(await createSource({ name: 'Smallville Ledger', kind: 'NEWS_OUTLET' }));
    await assertStaleWriteRefused(t.api, {
      version: 1,
      first: (version) => updateSource({ id: source.id, version, name: 'Smallville Ledger (theirs)' }),
      second: (version) => updateSource({ id: source.id, version, name: 'Smallville Ledger (mine)' }),
      read: () => t.api.prisma.source.findUniqueOrThrow({ where: { id: rawId(source.id) }, select: { name: true, version: true } }),
    });
  });
});

describe('createActor', () => {
  it('creates an actor with its name and aliases as names it goes by, and records who did it', async () => {
    const { createActor: actor } = ok(
      await createActor({
        name: 'Latveria',
        kind: 'STATE',
        wikidataId: 'Q1',
        aliases: [{ name: 'Latverien', language: 'de' }, { name: 'LATVERIA' }],
      }),
    );
    assert.deepEqual(
      { slug: actor.slug, kind: actor.kind, wikidataId: actor.wikidataId, version: actor.version },
      { slug: 'latveria', kind: 'STATE', wikidataId: 'Q1', version: 1 },
    );
    assert.deepEqual(
      actor.aliases.map((a) => [a.name, a.language]).sort(),
      [
        ['Latveria', null],
        ['Latverien', 'de'],
      ],
      'one alias per folded name',
    );
    const revision = await latestRevision(t.api, 'Actor', actor.id, { action: 'CREATE', by: 'editor' });
    assert.equal(revision.after?.aliases.length, 2);
  });

  const invalid: [string, Record<string, unknown>, string, RegExp][] = [
    ['a Wikidata id without its Q', { name: 'N', kind: 'PERSON', wikidataId: '423' }, 'wikidataId', /Wikidata item id such as "Q423"/],
    ['a lower-case country code', { name: 'N', kind: 'STATE', countryCode: 'kp' }, 'countryCode', /ISO 3166-1 alpha-2/],
    [
      'an alias in no language tag',
      { name: 'N', kind: 'PERSON', aliases: [{ name: 'M', language: 'english!' }] },
      'aliases.0.language',
      /BCP 47/,
    ],
    ['a slug another actor has', { name: 'N', kind: 'STATE', slug: 'russia' }, 'slug', /"russia" is already taken by the actor "Russia"/],
  ];
  for (const [what, input, field, message] of invalid) {
    it(`refuses ${what}, naming the field, and changes nothing`, () =>
      refusedUnchanged(t.api, () => createActor(input), { code: 'BAD_USER_INPUT', field, message }));
  }
});

describe('updateActor', () => {
  it('changes the named fields, moves the version on, and records it', async () => {
    const { createActor: actor } = ok(await createActor({ name: 'Genosha', kind: 'STATE' }));
    const { updateActor: updated } = ok(await updateActor({ id: actor.id, version: 1, description: 'An island nation', kind: 'GROUP' }));
    assert.deepEqual(
      { description: updated.description, kind: updated.kind, version: updated.version },
      { description: 'An island nation', kind: 'GROUP', version: 2 },
    );
    const revision = await latestRevision(t.api, 'Actor', actor.id, { action: 'UPDATE', by: 'editor' });
    assert.deepEqual([revision.before?.kind, revision.after?.kind], ['STATE', 'GROUP']);
  });

  it('refuses a malformed Wikidata id', () =>
    refusedUnchanged(t.api, () => updateActor({ id: sample('Actor', 'actor:russia'), version: 1, wikidataId: 'russia' }), {
      code: 'BAD_USER_INPUT',
      field: 'wikidataId',
      message: /Q423/,
    }));

  it('refuses a stale version and keeps the other writer’s change', async () => {
    const { createActor: actor } = ok(await createActor({ name: 'Wakanda', kind: 'STATE' }));
    await assertStaleWriteRefused(t.api, {
      version: 1,
      first: (version) => updateActor({ id: actor.id, version, description: 'theirs' }),
      second: (version) => updateActor({ id: actor.id, version, description: 'mine' }),
      read: () => t.api.prisma.actor.findUniqueOrThrow({ where: { id: rawId(actor.id) }, select: { description: true, version: true } }),
    });
  });
});

describe('actor aliases', () => {
  it('addActorAlias gives an actor another name, with its origin, and records it', async () => {
    const { createActor: actor } = ok(await createActor({ name: 'Sokovia', kind: 'STATE' }));
    const { addActorAlias: alias } = ok(await addAlias(actor.id, { name: 'Sokovija', language: 'sr' }));
    assert.deepEqual(
      { name: alias.name, language: alias.language, origin: alias.originActor.id },
      { name: 'Sokovija', language: 'sr', origin: actor.id },
    );
    assert.deepEqual(await aliasesOf(actor.id), ['Sokovia', 'Sokovija']);
    await latestRevision(t.api, 'ActorAlias', alias.id, { action: 'CREATE', by: 'editor' });
  });

  it('refuses a name another actor goes by, unless the caller says it is shared', async () => {
    const { createActor: actor } = ok(await createActor({ name: 'Persia Trading Company', kind: 'ORGANISATION' }));
    await refusedUnchanged(t.api, () => addAlias(actor.id, { name: 'Iran' }), {
      code: 'BAD_USER_INPUT',
      field: 'name',
      message: /"Iran" is already an alias of "Iran".*pass allowShared: true/,
    });
    ok(await addAlias(actor.id, { name: 'Iran' }, true));
    assert.deepEqual(await aliasesOf(actor.id), ['Iran', 'Persia Trading Company']);
  });

  it('refuses a name the actor already has, and one with no letter or digit', async () => {
    const russia = sample('Actor', 'actor:russia');
    await refusedUnchanged(t.api, () => addAlias(russia, { name: 'RUSSIA' }), {
      code: 'BAD_USER_INPUT',
      field: 'name',
      message: /already has this alias/,
    });
    await refusedUnchanged(t.api, () => addAlias(russia, { name: '?!' }), {
      code: 'BAD_USER_INPUT',
      field: 'name',
      message: /must contain a letter or a digit/,
    });
  });

  it('removeActorAlias takes the name out of reads, keeps the row, records it, and refuses a second removal', async () => {
    const { createActor: actor } = ok(await createActor({ name: 'Zamunda', kind: 'STATE', aliases: [{ name: 'Zamunda Kingdom' }] }));
    const alias = actor.aliases.find((a) => a.name === 'Zamunda Kingdom')!;
    ok(await removeAlias(alias.id));
    assert.deepEqual(await aliasesOf(actor.id), ['Zamunda']);
    assert.ok(await t.api.prisma.actorAlias.findUnique({ where: { id: rawId(alias.id) } }), 'the row stays');
    await latestRevision(t.api, 'ActorAlias', alias.id, { action: 'HIDE', by: 'editor' });
    await refusedUnchanged(t.api, () => removeAlias(alias.id), {
      code: 'BAD_USER_INPUT',
      field: 'aliasId',
      message: /"Zamunda Kingdom" was already removed/,
    });
  });
});
