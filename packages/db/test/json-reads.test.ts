// findManyJson answers what Prisma answers for the same arguments, in one statement, for every
// shape it compiles; what it does not compile, Prisma answers.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileFindMany, findFirstJson, findManyJson, findManyJsonCounted, pageInOrder, Unsupported } from '../src/json-reads';
import { countPublishedReports, countPublishedReportsSql } from '../src/reports';
import { actorClaimsPageSql } from '../src/actors';
import { readClaimPage } from '../src/claims';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { migrationsDir, useSampleDatabase } from '../src/testing';
import type { PrismaClient } from '../src/client';

type Args = Record<string, unknown>;
type Delegate = { findMany(args: Args): Promise<unknown[]> };

const delegate = (prisma: PrismaClient, model: string) =>
  (prisma as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)]!;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const visibleAppearances = { where: { hiddenAt: null, claim: { hiddenAt: null } }, orderBy: [{ start: 'asc' }, { id: 'asc' }] };

// Each shape the API's reads send, and the filters and relations they use, on every model they reach.
const cases: [string, string, Args][] = [
  ['every column of every report, dates and arrays included', 'Report', { orderBy: { id: 'asc' } }],
  [
    'every column of claims, with include',
    'Claim',
    { include: { actors: { orderBy: [{ position: 'asc' }, { actorId: 'asc' }] } }, orderBy: { id: 'asc' } },
  ],
  [
    'newest reports with appearances, their quotes, claims and claimants, and a filtered count',
    'Report',
    {
      select: {
        id: true,
        title: true,
        publishedOn: true,
        publishedPrecision: true,
        _count: { select: { appearances: { where: { hiddenAt: null, claim: { hiddenAt: null } } } } },
        appearances: {
          ...visibleAppearances,
          take: 3,
          select: {
            id: true,
            exact: true,
            start: true,
            end: true,
            reportId: true,
            report: { select: { language: true } },
            claim: {
              select: {
                id: true,
                statement: true,
                actors: { orderBy: { position: 'asc' }, select: { role: true, actor: { select: { id: true, name: true } } } },
              },
            },
          },
        },
      },
      where: { hiddenAt: null, publishedOn: { lte: day('2023-06-01') } },
      orderBy: [{ publishedOn: 'desc' }, { id: 'desc' }],
      take: 4,
      skip: 1,
    },
  ],
  [
    'claims by id with resolutions, their evidence and its report',
    'Claim',
    {
      select: {
        id: true,
        statement: true,
        claimedOn: true,
        resolvableBy: true,
        createdAt: true,
        resolutions: {
          orderBy: [{ effectiveOn: 'asc' }, { id: 'asc' }],
          select: {
            id: true,
            verdict: true,
            effectiveOn: true,
            recordedAt: true,
            correctsId: true,
            correctedBy: { select: { id: true } },
            evidence: { orderBy: { position: 'asc' }, select: { exact: true, report: { select: { title: true, url: true } } } },
          },
        },
      },
      where: { hiddenAt: null },
      orderBy: { id: 'asc' },
    },
  ],
  [
    'to-one relations both ways and nulls',
    'Report',
    {
      select: { id: true, previousVersion: { select: { id: true } }, nextVersion: { select: { id: true, title: true } }, publisher: true },
      orderBy: { id: 'asc' },
    },
  ],
  ...(
    [
      {
        OR: [
          { language: { equals: 'DE', mode: 'insensitive' } },
          { language: { startsWith: 'EN-', mode: 'insensitive' } },
          { title: { contains: 'Korea' } },
        ],
      },
      { NOT: [{ language: 'en' }, { isSummary: true }] },
      { publisher: { isNot: null }, appearances: { some: { claim: { hiddenAt: null } } } },
      { publisher: null },
      { evidence: { none: { exact: { endsWith: 'zzz' } } }, proposals: { every: { status: { in: ['PENDING', 'ACCEPTED'] } } } },
      { publishedOn: { gte: day('2022-09-10'), not: day('2022-09-15') }, language: { not: 'de' } },
    ] as Args[]
  ).map((where): [string, string, Args] => [
    `filter ${JSON.stringify(where)}`,
    'Report',
    { select: { id: true, language: true }, where, orderBy: { id: 'desc' } },
  ]),
  [
    'appearances of a claim, with its chain and parties',
    'Appearance',
    {
      select: {
        id: true,
        chain: {
          orderBy: { position: 'asc' },
          select: { position: true, relation: true, source: { select: { name: true } }, actor: { select: { name: true } } },
        },
      },
      where: { claim: { is: { hiddenAt: null } }, id: { notIn: [] } },
      orderBy: { id: 'asc' },
    },
  ],
  [
    'actors with aliases of merged actors',
    'Actor',
    {
      select: {
        id: true,
        mergedIntoId: true,
        aliases: { where: { hiddenAt: null }, orderBy: [{ language: 'asc' }, { name: 'asc' }] },
        mergedActors: {
          where: { hiddenAt: null },
          select: { aliases: { where: { hiddenAt: null }, orderBy: [{ language: 'asc' }, { name: 'asc' }] } },
        },
      },
      where: { hiddenAt: null, mergedIntoId: null },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: 5,
    },
  ],
];

describe('reads answered by one JSON-building statement', () => {
  const db = useSampleDatabase();

  for (const [what, model, args] of cases)
    it(what, async () => {
      const viaPrisma = await delegate(db.prisma, model).findMany(args);
      assert.ok(viaPrisma.length > 0, 'the sample data has rows for this read');
      let viaPrismaCalled = false;
      const viaJson = await findManyJson(db.prisma, model, args, (a) => {
        viaPrismaCalled = true;
        return delegate(db.prisma, model).findMany(a);
      });
      assert.equal(viaPrismaCalled, false, 'the arguments compile');
      assert.deepEqual(viaJson, viaPrisma);
    });

  it('finds the first row, or null', async () => {
    const [claim] = await db.prisma.claim.findMany({ select: { id: true }, take: 1 });
    const args = { select: { id: true, statement: true }, where: { id: claim!.id } };
    assert.deepEqual(
      await findFirstJson(db.prisma, 'Claim', args, (a) => db.prisma.claim.findFirst(a)),
      await db.prisma.claim.findFirst(args),
    );
    const none = { ...args, where: { id: '00000000-0000-7000-8000-000000000000' } };
    assert.equal(await findFirstJson(db.prisma, 'Claim', none, (a) => db.prisma.claim.findFirst(a)), null);
  });

  it('leaves to Prisma what it does not compile, with the same answer', async () => {
    const [first] = await db.prisma.claim.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 1 });
    const unsupported: Args[] = [
      { cursor: { id: first!.id }, skip: 1, take: 2, orderBy: { id: 'asc' }, select: { id: true } },
      { distinct: ['kind'], select: { kind: true }, orderBy: { kind: 'asc' } },
      { take: -2, orderBy: { id: 'asc' }, select: { id: true } },
      { orderBy: { actors: { _count: 'desc' } }, select: { id: true } },
    ];
    for (const args of unsupported) {
      assert.throws(() => compileFindMany('Claim', args), Unsupported, JSON.stringify(args));
      let viaPrismaCalled = false;
      const rows = await findManyJson(db.prisma, 'Claim', args, (a) => {
        viaPrismaCalled = true;
        return delegate(db.prisma, 'Claim').findMany(a);
      });
      assert.equal(viaPrismaCalled, true);
      assert.deepEqual(rows, await delegate(db.prisma, 'Claim').findMany(args));
    }
  });

  it("cuts a page and loads its rows in one statement, in the page's order, as Prisma loads them", async () => {
    const actors = await db.prisma.actor.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    const selection = {
      select: {
        id: true,
        statement: true,
        claimedOn: true,
        resolutions: { orderBy: { id: 'asc' as const }, select: { verdict: true, effectiveOn: true } },
      },
    };
    const viaPrisma = (ids: string[]) => db.prisma.claim.findMany({ ...selection, where: { id: { in: ids } } });
    let pages = 0;
    for (const actor of actors)
      for (const page of [{ take: 3 }, { take: 3, skip: 2 }]) {
        const query = { actorIds: [actor.id] };
        const cut = await readClaimPage(db.prisma, actorClaimsPageSql(query, page, { count: true }));
        let loadedApart = false;
        const together = await pageInOrder(db.prisma, 'Claim', selection, actorClaimsPageSql(query, page, { count: true }), (ids) => {
          loadedApart = true;
          return viaPrisma(ids);
        });
        assert.equal(loadedApart, false, 'the selection compiles');
        assert.equal(together.totalCount, cut.totalCount);
        const apart = new Map((await viaPrisma(cut.ids)).map((claim) => [claim.id, claim]));
        assert.deepEqual(
          together.rows,
          cut.ids.map((id) => apart.get(id)),
        );
        if (cut.ids.length > 1) pages++;
      }
    assert.ok(pages > 0, 'some pages hold several claims, so their order was checked');
  });

  it('reads a count in the statement of the rows, or none for an empty page', async () => {
    const args = {
      select: { id: true, title: true },
      where: { hiddenAt: null },
      orderBy: [{ publishedOn: 'desc' as const }, { id: 'desc' as const }],
      take: 3,
    };
    const viaPrisma = (a: typeof args) => db.prisma.report.findMany(a);
    const counted = await findManyJsonCounted(db.prisma, 'Report', args, countPublishedReportsSql({}), viaPrisma);
    assert.deepEqual(counted, { rows: await viaPrisma(args), count: await countPublishedReports(db.prisma, {}) });
    assert.ok((counted.count ?? 0) > 3, 'more reports than the page');
    const beyond = await findManyJsonCounted(db.prisma, 'Report', { ...args, skip: 10_000 }, countPublishedReportsSql({}), viaPrisma);
    assert.deepEqual(beyond, { rows: [], count: null });
  });

  it('reads the row a relation leads back to from the row above, not again', () => {
    const { sql } = compileFindMany('Report', {
      select: { title: true, appearances: { select: { exact: true, report: { select: { language: true } } } } },
    });
    assert.equal(sql.split('FROM "Report"').length - 1, 1, sql);
  });

  it("joins as the schema's relations do: each references its target's id", () => {
    // joinOf (compile.ts) joins a relation's foreign key to the target's `id`; a relation
    // referencing another column would be read wrong, so the schema must not have one.
    const schema = readFileSync(path.join(migrationsDir, '..', 'schema.prisma'), 'utf8');
    const references = [...schema.matchAll(/references:\s*\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
    assert.ok(references.length > 10, 'the schema has relations');
    assert.deepEqual([...new Set(references)], ['id']);
  });

  it('sends values as parameters, never in the SQL text', () => {
    const { sql, params } = compileFindMany('Report', {
      where: { title: { contains: '\'; DROP TABLE "Report"; --' } },
      select: { id: true },
    });
    assert.ok(!sql.includes('DROP'), sql);
    assert.deepEqual(params, ['%\'; DROP TABLE "Report"; --%']);
  });

  it('leaves a pattern holding % or _ to Prisma, which reads them as wildcards', async () => {
    const args = { select: { id: true }, where: { title: { startsWith: '%' } }, orderBy: { id: 'asc' as const } };
    assert.throws(() => compileFindMany('Report', args), Unsupported);
    const rows = await findManyJson(db.prisma, 'Report', args, (a) => db.prisma.report.findMany(a));
    assert.ok(rows.length > 0, 'every title starts with anything');
    assert.deepEqual(rows, await db.prisma.report.findMany(args));
  });
});
