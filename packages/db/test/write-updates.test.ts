import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { createMigratedDatabase, type TestDatabase } from '../src/testing';
import * as actors from '../src/actors';
import * as appearances from '../src/appearances';
import * as claims from '../src/claims';
import * as reports from '../src/reports';
import * as shared from '../src/shared';
import * as sources from '../src/sources';
import { ConflictError, NotFoundError, ValidationError, type VersionedEntity, type WriteContext } from '../src/shared';

// Every entity's writes, for tests that run the same check over all of them.
const write = { ...shared, ...reports, ...sources, ...actors, ...claims, ...appearances };

const BODY = 'Laut US-Beamten kauft Russland Millionen von Artilleriegranaten aus Nordkorea. Nordkorea bestreitet das.';

let database: TestDatabase;
let prisma: PrismaClient;
let ctx: WriteContext;
const ids = {} as Record<
  'source' | 'otherSource' | 'actor' | 'otherActor' | 'report' | 'claim' | 'otherClaim' | 'appearance' | 'relation',
  string
>;

type Row = { version: number; hiddenAt: Date | null } & Record<string, unknown>;
const rowOf: Record<VersionedEntity, (id: string) => Promise<Row>> = {
  Report: (id) => prisma.report.findUniqueOrThrow({ where: { id }, omit: { body: true } }),
  Source: (id) => prisma.source.findUniqueOrThrow({ where: { id } }),
  Actor: (id) => prisma.actor.findUniqueOrThrow({ where: { id } }),
  Claim: (id) =>
    prisma.claim.findUniqueOrThrow({ where: { id }, include: { actors: { orderBy: [{ role: 'asc' }, { position: 'asc' }] } } }),
  Appearance: (id) => prisma.appearance.findUniqueOrThrow({ where: { id }, include: { chain: { orderBy: { position: 'asc' } } } }),
  ClaimRelation: (id) => prisma.claimRelation.findUniqueOrThrow({ where: { id } }),
};

/** Every table a write touches, and the row under test: a refused write must leave all of it as it was. */
async function snapshot(entity: VersionedEntity, id: string) {
  const counts = await Promise.all([
    prisma.report.count(),
    prisma.source.count(),
    prisma.actor.count(),
    prisma.claim.count(),
    prisma.claimActor.count(),
    prisma.appearance.count(),
    prisma.attributionLink.count(),
    prisma.claimRelation.count(),
    prisma.revision.count(),
  ]);
  return { counts, row: await rowOf[entity](id) };
}

async function refusedWithoutChange(entity: VersionedEntity, id: string, run: () => Promise<unknown>, check: (error: unknown) => boolean) {
  const before = await snapshot(entity, id);
  await assert.rejects(run, check);
  assert.deepEqual(await snapshot(entity, id), before);
}

const fieldError = (field: string, message: RegExp) => (error: unknown) => {
  assert.ok(error instanceof ValidationError, `expected a ValidationError, got ${String(error)}`);
  const issue = error.issues.find((i) => i.field === field);
  assert.ok(issue, `no issue for ${field}: ${JSON.stringify(error.issues)}`);
  assert.match(issue.message, message);
  return true;
};

type Write = (ctx: WriteContext, input: never) => Promise<unknown>;
interface UpdateCase {
  entity: VersionedEntity;
  id: () => string;
  update: Write;
  valid: Record<string, unknown>;
  changed: (row: Row) => void;
  invalid: { input: Record<string, unknown>; field: string; message: RegExp };
  hide: Write;
  unhide: Write;
}

const cases: UpdateCase[] = [
  {
    entity: 'Report',
    id: () => ids.report,
    update: write.updateReport,
    hide: write.hideReport,
    unhide: write.unhideReport,
    valid: { title: 'Granaten aus Nordkorea', published: '2022-09-05', alternateUrls: ['https://example.org/granaten'] },
    changed: (row) =>
      assert.deepEqual(
        [row.title, row.publishedPrecision, row.alternateUrls],
        ['Granaten aus Nordkorea', 'DAY', ['https://example.org/granaten']],
      ),
    invalid: { input: { published: 'September' }, field: 'published', message: /use YYYY, YYYY-MM or YYYY-MM-DD/ },
  },
  {
    entity: 'Source',
    id: () => ids.source,
    update: write.updateSource,
    hide: write.hideSource,
    unhide: write.unhideSource,
    valid: { reliability: 'A', reliabilityNote: 'A long record of corrections' },
    changed: (row) => assert.deepEqual([row.reliability, row.reliabilityNote], ['A', 'A long record of corrections']),
    invalid: { input: { homepage: 'apnews' }, field: 'homepage', message: /absolute URL/ },
  },
  {
    entity: 'Actor',
    id: () => ids.actor,
    update: write.updateActor,
    hide: write.hideActor,
    unhide: write.unhideActor,
    valid: { wikidataId: 'Q423', description: 'Democratic People’s Republic of Korea' },
    changed: (row) => assert.equal(row.wikidataId, 'Q423'),
    invalid: { input: { wikidataId: '423' }, field: 'wikidataId', message: /Wikidata item id/ },
  },
  {
    entity: 'Claim',
    id: () => ids.claim,
    update: write.updateClaim,
    hide: write.hideClaim,
    unhide: write.unhideClaim,
    valid: { statement: 'Russia is buying millions of artillery shells from North Korea.', credibility: 'PROBABLY_TRUE' },
    changed: (row) => assert.equal(row.credibility, 'PROBABLY_TRUE'),
    invalid: { input: { kind: 'RUMOUR' }, field: 'kind', message: /EVENT/ },
  },
  {
    entity: 'Appearance',
    id: () => ids.appearance,
    update: write.updateAppearance,
    hide: write.hideAppearance,
    unhide: write.unhideAppearance,
    valid: { translation: 'According to US officials, Russia is buying shells from North Korea.', credibility: 'POSSIBLY_TRUE' },
    changed: (row) => assert.equal(row.credibility, 'POSSIBLY_TRUE'),
    invalid: { input: { chain: [{ relation: 'said' }] }, field: 'chain.0', message: /exactly one of sourceId and actorId/ },
  },
  {
    entity: 'ClaimRelation',
    id: () => ids.relation,
    update: write.updateClaimRelation,
    hide: write.hideClaimRelation,
    unhide: write.unhideClaimRelation,
    valid: { note: 'The same shipments, counted later.' },
    changed: (row) => assert.equal(row.note, 'The same shipments, counted later.'),
    invalid: { input: { kind: 'CAUSES' }, field: 'kind', message: /SUPPORTS/ },
  },
];

before(async () => {
  database = await createMigratedDatabase();
  prisma = createPrismaClient(database.url);
  ctx = { prisma, actor: 'test' };
  ids.source = (await write.createSource(ctx, { name: 'Associated Press', kind: 'NEWS_AGENCY', reliability: 'B' })).id;
  ids.otherSource = (await write.createSource(ctx, { name: 'Reuters', kind: 'NEWS_AGENCY' })).id;
  ids.actor = (await write.createActor(ctx, { name: 'North Korea', kind: 'STATE', countryCode: 'KP' })).id;
  ids.otherActor = (await write.createActor(ctx, { name: 'US officials', kind: 'GROUP' })).id;
  ids.report = (
    await write.createReport(ctx, { title: 'Granaten', body: BODY, language: 'de', published: '2022-09', publisherId: ids.source })
  ).report.id;
  ids.claim = (
    await write.createClaim(ctx, {
      statement: 'Russia is buying shells from North Korea.',
      kind: 'EVENT',
      claimed: '2022-09',
      subjectIds: [ids.actor],
    })
  ).id;
  ids.otherClaim = (
    await write.createClaim(ctx, { statement: 'North Korea denies selling arms to Russia.', kind: 'EVENT', claimed: '2022-09' })
  ).id;
  ids.appearance = (
    await write.addAppearance(ctx, {
      claimId: ids.claim,
      reportId: ids.report,
      anchor: { exact: 'kauft Russland Millionen' },
      chain: [{ sourceId: ids.source }],
    })
  ).id;
  ids.relation = (await write.relateClaims(ctx, { fromClaimId: ids.otherClaim, toClaimId: ids.claim, kind: 'CONTRADICTS' })).id;
});

after(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

for (const c of cases) {
  describe(`updating ${c.entity}`, () => {
    it('a valid update bumps the version and leaves a revision with before and after', async () => {
      const before = await rowOf[c.entity](c.id());
      await c.update(ctx, { id: c.id(), version: before.version, ...c.valid } as never);
      const after = await rowOf[c.entity](c.id());
      assert.equal(after.version, before.version + 1);
      c.changed(after);
      const revision = await prisma.revision.findFirstOrThrow({
        where: { entityType: c.entity, entityId: c.id(), action: 'UPDATE' },
        orderBy: { id: 'desc' },
      });
      assert.equal(revision.actor, 'test');
      assert.equal((revision.before as { version: number }).version, before.version);
      assert.equal((revision.after as { version: number }).version, after.version);
    });

    it('a stale version is refused as a conflict and nothing changes', async () => {
      const { version } = await rowOf[c.entity](c.id());
      await refusedWithoutChange(
        c.entity,
        c.id(),
        () => c.update(ctx, { id: c.id(), version: version - 1, ...c.valid } as never),
        (error) => {
          assert.ok(error instanceof ConflictError, String(error));
          assert.deepEqual(
            [error.entityType, error.id, error.expectedVersion, error.actualVersion],
            [c.entity, c.id(), version - 1, version],
          );
          return true;
        },
      );
    });

    it('invalid input gets a field-level error and nothing changes', async () => {
      const { version } = await rowOf[c.entity](c.id());
      await refusedWithoutChange(
        c.entity,
        c.id(),
        () => c.update(ctx, { id: c.id(), version, ...c.invalid.input } as never),
        fieldError(c.invalid.field, c.invalid.message),
      );
    });

    it('hiding keeps the row, editing it is refused while hidden, and unhiding restores it', async () => {
      const before = await rowOf[c.entity](c.id());
      await c.hide(ctx, { id: c.id(), version: before.version } as never);
      const hidden = await rowOf[c.entity](c.id());
      assert.ok(hidden.hiddenAt instanceof Date);
      await refusedWithoutChange(
        c.entity,
        c.id(),
        () => c.update(ctx, { id: c.id(), version: hidden.version, ...c.valid } as never),
        fieldError('id', /is hidden: unhide it/),
      );
      await refusedWithoutChange(
        c.entity,
        c.id(),
        () => c.hide(ctx, { id: c.id(), version: hidden.version } as never),
        fieldError('id', /already hidden/),
      );
      await c.unhide(ctx, { id: c.id(), version: hidden.version } as never);
      const restored = await rowOf[c.entity](c.id());
      const { version: _v1, hiddenAt: _h1, updatedAt: _u1, ...was } = before;
      const { version, hiddenAt, updatedAt: _u2, ...is } = restored;
      assert.deepEqual([is, version, hiddenAt], [was, before.version + 2, null]);
      const actions = await prisma.revision.findMany({
        where: { entityId: c.id(), action: { in: ['HIDE', 'UNHIDE'] } },
        orderBy: { id: 'asc' },
      });
      assert.deepEqual(
        actions.map((r) => r.action),
        ['HIDE', 'UNHIDE'],
      );
    });
  });
}

describe('update rules', () => {
  it('two writers with the same version: one wins, the other gets a conflict', async () => {
    const { version } = await rowOf.Claim(ids.claim);
    const results = await Promise.allSettled(
      ['Russia buys shells from North Korea.', 'North Korea sells shells to Russia.'].map((statement) =>
        write.updateClaim(ctx, { id: ids.claim, version, statement }),
      ),
    );
    assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
    assert.ok(results.some((r) => r.status === 'rejected' && r.reason instanceof ConflictError));
    assert.equal((await rowOf.Claim(ids.claim)).version, version + 1);
  });

  it('an update naming no field is refused', async () => {
    const { version } = await rowOf.Actor(ids.actor);
    await refusedWithoutChange(
      'Actor',
      ids.actor,
      () => write.updateActor(ctx, { id: ids.actor, version }),
      fieldError('(input)', /no field to change/),
    );
  });

  it('an update of a row that does not exist is refused as not found', async () => {
    await assert.rejects(
      () => write.updateSource(ctx, { id: '00000000-0000-4000-8000-000000000000', version: 1, name: 'X' }),
      NotFoundError,
    );
  });

  it('a report body is never edited: a changed text is a new version', async () => {
    const { version } = await rowOf.Report(ids.report);
    await refusedWithoutChange(
      'Report',
      ids.report,
      () => write.updateReport(ctx, { id: ids.report, version, body: 'Neuer Text.' } as never),
      fieldError('body', /never edited.*previousVersionId/),
    );
  });

  it('a second new version of the same report is refused and names the latest version', async () => {
    const { report: v2 } = await write.createReport(ctx, {
      title: 'Granaten (2)',
      body: `${BODY} Update.`,
      language: 'de',
      published: '2022-09',
      previousVersionId: ids.report,
    });
    const fork = () =>
      write.createReport(ctx, {
        title: 'Granaten (fork)',
        body: `${BODY} Fork.`,
        language: 'de',
        published: '2022-09',
        previousVersionId: ids.report,
      });
    await refusedWithoutChange(
      'Report',
      ids.report,
      fork,
      fieldError('previousVersionId', new RegExp(`already has a newer version, ${v2.id}.*latest version of this story is ${v2.id}`)),
    );
  });

  it('a source slug that another source has is refused on the slug field', async () => {
    const { version } = await rowOf.Source(ids.otherSource);
    await refusedWithoutChange(
      'Source',
      ids.otherSource,
      () => write.updateSource(ctx, { id: ids.otherSource, version, slug: 'associated-press' }),
      fieldError('slug', /taken by the source "Associated Press"/),
    );
  });

  it('claimants and subjects given replace the sets; resolvableBy null clears it', async () => {
    const { version } = await write.updateClaim(ctx, {
      id: ids.claim,
      version: (await rowOf.Claim(ids.claim)).version,
      resolvableBy: '2023',
    });
    const claim = await write.updateClaim(ctx, {
      id: ids.claim,
      version,
      claimantIds: [ids.otherActor],
      subjectIds: [ids.actor],
      resolvableBy: null,
    });
    assert.deepEqual(
      claim.actors.map((a) => [a.role, a.actorId]),
      [
        ['CLAIMANT', ids.otherActor],
        ['SUBJECT', ids.actor],
      ],
    );
    assert.equal(claim.resolvableBy, null);
    await refusedWithoutChange(
      'Claim',
      ids.claim,
      () => write.updateClaim(ctx, { id: ids.claim, version: claim.version, subjectIds: ['00000000-0000-4000-8000-000000000000'] }),
      (e) => e instanceof NotFoundError && e.field === 'subjectIds',
    );
  });

  it('a re-anchor is placed by the rules of addAppearance, and a chain given replaces the chain', async () => {
    const { version } = await rowOf.Appearance(ids.appearance);
    const moved = await write.updateAppearance(ctx, {
      id: ids.appearance,
      version,
      anchor: { exact: 'Nordkorea bestreitet das' },
      chain: [{ sourceId: ids.otherSource, relation: 'reported' }, { actorId: ids.otherActor }],
    });
    assert.deepEqual([BODY.slice(moved.start, moved.end), moved.prefix.endsWith('aus Nordkorea. ')], ['Nordkorea bestreitet das', true]);
    assert.deepEqual(
      moved.chain.map((l) => [l.position, l.sourceId, l.actorId]),
      [
        [1, ids.otherSource, null],
        [2, null, ids.otherActor],
      ],
    );
    const again = { id: ids.appearance, version: moved.version };
    await refusedWithoutChange(
      'Appearance',
      ids.appearance,
      () => write.updateAppearance(ctx, { ...again, anchor: { exact: 'Nordkorea' } }),
      fieldError('anchor.exact', /occurs more than once/),
    );
    await refusedWithoutChange(
      'Appearance',
      ids.appearance,
      () => write.updateAppearance(ctx, { ...again, anchor: { exact: 'Nordkorea', start: 0, end: 9 } }),
      fieldError('anchor.exact', /holds "Laut US-B"/),
    );
  });

  it('a relation cannot take a kind these claims are already related by', async () => {
    const supports = await write.relateClaims(ctx, { fromClaimId: ids.otherClaim, toClaimId: ids.claim, kind: 'SUPPORTS' });
    await refusedWithoutChange(
      'ClaimRelation',
      supports.id,
      () => write.updateClaimRelation(ctx, { id: supports.id, version: supports.version, kind: 'CONTRADICTS' }),
      fieldError('kind', /already related as CONTRADICTS/),
    );
  });

  it('resolutions can be neither updated nor hidden', () => {
    assert.deepEqual(
      Object.keys(write).filter((name) => /Resolution/.test(name) && !/^(record|resolution)/.test(name)),
      [],
    );
  });
});
