// findManyJson (json-reads) against Prisma on filters, selections and orderings at their edges:
// each case runs both on rows inserted for it and compares; a case may fall back to Prisma
// (Unsupported) but never answer differently. Written by a review that found 35 shapes answered
// differently (insensitive mode beyond equals and LIKE, LIKE wildcards, dates as strings with an
// offset, empty filters); those now go to Prisma. Also: no key, name or direction reaches the SQL.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileFindMany, findManyJson, pageInOrder, Unsupported } from '../src/json-reads';
import { useSampleDatabase } from '../src/testing';
import { Prisma } from '../src/client';

type Args = Record<string, any>;
type Delegate = { findMany(args: Args): Promise<unknown[]> };

const delegate = (prisma: any, model: string): Delegate => prisma[model.charAt(0).toLowerCase() + model.slice(1)];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Case {
  what: string;
  model: string;
  args: () => Args;
  /** Prisma's answer is expected to be empty (the default is: it must not be). */
  empty?: boolean;
}

/** Ids of the rows inserted for the review, filled in `before`. */
const id: Record<string, string> = {};
const reports = () => ({
  id: {
    in: Object.keys(id)
      .filter((k) => /^r\d/.test(k))
      .map((k) => id[k]!),
  },
});
const actors = () => ({ id: { in: ['a1', 'a2', 'a3', 'a4'].map((k) => id[k]!) } });
const reportRows = (where: Args): Args => ({
  select: { id: true, title: true },
  where: { AND: [reports(), where] },
  orderBy: { title: 'asc' },
});

const cases: Case[] = [];
/** Rows as their titles (or names) where they have one, for short failure messages. */
const brief = (rows: unknown[]) =>
  JSON.stringify(
    rows.map((row: any) => (row && Object.keys(row).length === 2 && 'id' in row ? (row.title ?? row.name ?? row.verdict ?? row) : row)),
    function (this: any, key, value) {
      const raw = this[key];
      return raw instanceof Date ? (Number.isNaN(raw.getTime()) ? 'Invalid Date' : `Date(${raw.toISOString()})`) : value;
    },
  );
const label = (where: Args) => JSON.stringify(where, (_k, v) => (v === undefined ? '<undefined>' : v));
const filter = (where: Args, empty = false) =>
  cases.push({ what: `Report where ${label(where)}`, model: 'Report', args: () => reportRows(where), empty });

// --- scalar filters: null and not ------------------------------------------------------------
filter({ url: { not: 'https://example.org/a' } });
filter({ url: { not: null } });
filter({ url: { equals: null } });
filter({ url: null });
filter({ url: { not: { equals: 'https://example.org/a' } } });
filter({ url: { not: { in: ['https://example.org/a'] } } });
filter({ url: { notIn: ['https://example.org/a'] } });
filter({ url: { in: [] } }, true);
filter({ url: { notIn: [] } });
filter({ url: { not: { in: [] } } });
filter({ url: { not: { notIn: [] } } }, true);
filter({ url: { equals: undefined } });
filter({ url: '' });
// --- mode: insensitive with each operator ---------------------------------------------------
filter({ language: { equals: 'en', mode: 'insensitive' } });
filter({ language: { not: 'en', mode: 'insensitive' } });
filter({ language: { in: ['en', 'DE'], mode: 'insensitive' } });
filter({ language: { notIn: ['en'], mode: 'insensitive' } });
filter({ language: { gte: 'en', lte: 'en', mode: 'insensitive' } });
filter({ language: { lt: 'e', mode: 'insensitive' } });
filter({ language: { not: { equals: 'en' }, mode: 'insensitive' } });
filter({ title: { contains: 'ünïcödé', mode: 'insensitive' } });
filter({ title: { startsWith: 'rvw a', mode: 'insensitive' } });
filter({ title: { endsWith: 'LOWER', mode: 'insensitive' } });
filter({ title: { not: { contains: 'rvw' }, mode: 'insensitive' } }, true);
filter({ title: { equals: 'RVW ÜNÏCÖDÉ 😀 ÄÖ STRASSE', mode: 'insensitive' } }, true);
filter({ title: { equals: 'rvw ünïcödé 😀 äö straße', mode: 'insensitive' } });
filter({ language: { equals: 'en', mode: 'default' } });
// --- LIKE patterns: %, _, backslash, quotes, unicode ---------------------------------------
filter({ title: { contains: '%' } });
filter({ title: { contains: '_' } });
filter({ title: { contains: '100% sure_' } });
filter({ title: { contains: 'back\\slash' } });
filter({ title: { contains: '\\' } }, true);
filter({ title: { startsWith: 'RVW 100% s' } });
filter({ title: { endsWith: '"quoted"' } });
filter({ title: { contains: "it's" } });
filter({ title: { contains: '%', mode: 'insensitive' } });
filter({ title: { startsWith: 'rvw 100_', mode: 'insensitive' } });
filter({ title: { equals: 'rvw back\\slash', mode: 'insensitive' } });
filter({ title: { equals: 'rvw 100% sure_thing', mode: 'insensitive' } });
filter({ title: { contains: '😀' } });
filter({ title: { contains: '' } });
filter({ title: { in: ['RVW back\\slash', 'RVW it\'s "quoted"', 'NULL', 'RVW {a,b} NULL'] } });
filter({ title: { notIn: ['RVW back\\slash', 'RVW it\'s "quoted"', 'NULL', 'RVW {a,b} NULL'] } });
// --- ranges on strings, dates, date-times, ints, enums, booleans, uuids --------------------
filter({ title: { gte: 'RVW b', lt: 'RVW c' } });
filter({ publishedOn: { gte: day('2022-09-11') } });
filter({ publishedOn: { lt: new Date('2022-09-10T12:00:00Z') } });
filter({ publishedOn: { lte: new Date('2022-09-10T12:00:00Z') } });
filter({ publishedOn: { gt: new Date('2022-09-10T12:00:00Z') } });
filter({ publishedOn: new Date('2022-09-10T12:00:00Z') });
filter({ publishedOn: { in: [day('2022-09-10'), day('2023-01-01')] } });
filter({ publishedOn: { notIn: [day('2022-09-10')] } });
filter({ publishedOn: { not: day('2022-09-10') } });
filter({ publishedOn: { gte: '2022-09-11T00:00:00+02:00' } });
filter({ publishedOn: { gte: '2022-09-11T00:00:00Z' } });
filter({ hiddenAt: { gte: new Date('2024-01-02T03:04:05.678Z') } });
filter({ hiddenAt: { gt: new Date('2024-01-02T03:04:05.678Z') } }, true);
filter({ hiddenAt: { equals: new Date('2024-01-02T03:04:05.678Z') } });
filter({ hiddenAt: { in: [new Date('2024-01-02T03:04:05.678Z')] } });
filter({ hiddenAt: { not: new Date('2024-01-02T03:04:05.678Z') } }, true);
filter({ hiddenAt: { lt: '2024-01-02T04:00:00+02:00' } }, true);
filter({ hiddenAt: { lt: '2024-01-02T04:00:00Z' } });
filter({ version: { gte: 1, lt: 2 } });
filter({ publishedPrecision: { not: 'DAY' } });
filter({ publishedPrecision: { in: ['DAY', 'MONTH'] } });
filter({ publishedPrecision: { notIn: ['DAY'] } });
filter({ isSummary: { not: true } });
filter({ isSummary: { not: false } });
filter({ publisherId: { not: null } });
cases.push({
  what: 'Report where publisherId not srcA (nullable uuid)',
  model: 'Report',
  args: () => reportRows({ publisherId: { not: id.srcA } }),
});
cases.push({
  what: 'Report where id startsWith a prefix (uuid column, LIKE)',
  model: 'Report',
  args: () => reportRows({ id: { startsWith: id.r1!.slice(0, 13) } }),
});
cases.push({
  what: 'Report where id contains (uuid column, LIKE)',
  model: 'Report',
  args: () => reportRows({ id: { contains: id.r1!.slice(9, 18) } }),
});
cases.push({
  what: 'Report where id equals upper-cased, insensitive (uuid column)',
  model: 'Report',
  args: () => reportRows({ id: { equals: id.r1!.toUpperCase(), mode: 'insensitive' } }),
});
cases.push({
  what: 'Report where id gt r3 (uuid range)',
  model: 'Report',
  args: () => reportRows({ id: { gt: id.r3 } }),
});
// --- AND / OR / NOT -------------------------------------------------------------------------
filter({ AND: [] });
filter({ OR: [] });
filter({ NOT: { OR: [] } });
filter({ OR: [{ OR: [] }, { url: null }] });
filter({ NOT: [{}, { url: null }] });
filter({ AND: [{}, { url: null }] });
filter({ NOT: { url: undefined } });
filter({ url: { not: {} } });
filter({ url: { not: { equals: undefined } } });
filter({ publisher: { name: undefined } });
filter({ publisher: { is: { name: undefined } } });
filter({ publisher: { isNot: undefined } });
filter({ NOT: [] });
filter({ NOT: {} });
filter({ AND: {} });
filter({ NOT: [{}] });
filter({ OR: [{}] });
filter({ OR: [{}, { url: null }] });
filter({ NOT: { url: 'https://example.org/a' } });
filter({ NOT: [{ language: 'en' }, { language: 'de' }] });
filter({ NOT: { OR: [{ language: 'en' }, { url: null }] } });
filter({ OR: [{ url: null }, { language: 'FR' }] });
filter({ AND: { NOT: { AND: [] } } });
filter({ NOT: { NOT: { url: null } } });
filter({ NOT: { publisher: { name: 'RVW Source "A"' } } });
filter({ AND: [{ NOT: [] }, { OR: [{ AND: [] }] }] });
// --- relation filters -----------------------------------------------------------------------
filter({ publisher: null });
filter({ publisher: { is: null } });
filter({ publisher: { isNot: null } });
filter({ publisher: { is: { name: 'RVW Source "A"' } } });
filter({ publisher: { isNot: { name: 'RVW Source "A"' } } });
filter({ publisher: { name: 'RVW Source "A"' } });
filter({ publisher: {} });
filter({ publisher: { is: {} } });
filter({ publisher: { isNot: {} } });
filter({ publisher: { is: undefined } });
filter({ publisher: { is: { reports: { some: { language: 'De' } } } } });
filter({ nextVersion: null });
filter({ nextVersion: { isNot: null } });
filter({ nextVersion: { is: { title: { contains: '"' } } } });
filter({ nextVersion: { isNot: { title: { contains: '"' } } } });
filter({ nextVersion: { title: { contains: 'backslash' } } });
filter({ previousVersion: { isNot: { language: 'EN' } } });
filter({ previousVersion: { is: null } });
filter({ proposals: { some: {} } });
filter({ proposals: { none: {} } });
filter({ proposals: { every: {} } });
filter({ proposals: { every: { status: 'PENDING' } } });
filter({ proposals: { some: undefined } });
filter({ proposals: { none: undefined } });
filter({ proposals: { every: undefined } });
filter({ appearances: { every: { translation: 'RVW translated' } } });
filter({ appearances: { none: { translation: { not: 'RVW translated' } } } });
filter({ appearances: { some: { claim: { is: { hiddenAt: { not: null } } } } } });
filter({ appearances: { every: { claim: { hiddenAt: null } } } });
// Actors by name, among the review's own.
const actorFilter = (what: string, where: Args) =>
  cases.push({
    what: `Actor where ${what}`,
    model: 'Actor',
    args: () => ({ select: { id: true, name: true }, where: { AND: [actors(), where] }, orderBy: { name: 'asc' } }),
  });
actorFilter('mergedInto isNot {name: RVW Actor}, mergedActors some/none', {
  OR: [{ mergedInto: { isNot: { name: 'RVW Actor' } } }, { mergedActors: { none: { hiddenAt: null } } }],
});
actorFilter('aliases every language en (a null language among them)', { aliases: { every: { language: 'en' } } });
actorFilter('aliases none with language not en (nulls)', { aliases: { none: { language: { not: 'en' } } } });
cases.push({
  what: 'Resolution where correctedBy is null / corrects isNot null',
  model: 'Resolution',
  args: () => ({
    select: { id: true, verdict: true },
    where: { claimId: { in: [id.c1, id.c2] }, OR: [{ correctedBy: { is: null } }, { corrects: { isNot: null } }] },
    orderBy: { id: 'asc' },
  }),
});
cases.push({
  what: 'Resolution where correctedBy isNot {verdict: CONFIRMED}',
  model: 'Resolution',
  args: () => ({
    select: { id: true, verdict: true },
    where: { claimId: { in: [id.c1, id.c2] }, correctedBy: { isNot: { verdict: 'CONFIRMED' } } },
    orderBy: { id: 'asc' },
  }),
});

// --- selections, includes, counts, ordering, paging -----------------------------------------
const sel = (what: string, model: string, args: () => Args, empty = false) => cases.push({ what, model, args, empty });
sel('Report every column (Date, DateTime, String[], nullable)', 'Report', () => ({ where: reports(), orderBy: { id: 'asc' } }));
sel('Report select to-one relations both ways, null ones included', 'Report', () => ({
  where: reports(),
  select: {
    id: true,
    publisher: true,
    previousVersion: { select: { id: true, title: true, publishedOn: true, nextVersion: { select: { id: true } } } },
    nextVersion: { include: { previousVersion: { select: { title: true, hiddenAt: true } } } },
  },
  orderBy: { id: 'asc' },
}));
sel('Report select: { relation: true } for lists', 'Report', () => ({
  where: reports(),
  select: { id: true, proposals: true, appearances: true },
  orderBy: { id: 'asc' },
}));
sel('Report include _count with where and true', 'Report', () => ({
  where: reports(),
  include: { _count: { select: { appearances: true, proposals: { where: { status: 'PENDING' } }, evidence: false } }, publisher: true },
  orderBy: { id: 'asc' },
}));
sel('Report select _count only', 'Report', () => ({
  where: reports(),
  select: { _count: { select: { proposals: true } } },
  orderBy: { id: 'asc' },
}));
sel('Report select {} (empty)', 'Report', () => ({ where: reports(), select: {}, orderBy: { id: 'asc' } }));
sel('Report select { id: false }', 'Report', () => ({ where: reports(), select: { id: false }, orderBy: { id: 'asc' } }));
sel('Report select { publisher: {} }', 'Report', () => ({ where: reports(), select: { id: true, publisher: {} }, orderBy: { id: 'asc' } }));
sel('Report include {}', 'Report', () => ({ where: reports(), include: {}, orderBy: { id: 'asc' } }));
sel('Report orderBy url asc (nullable)', 'Report', () => ({
  where: reports(),
  select: { title: true, url: true },
  orderBy: [{ url: 'asc' }, { title: 'asc' }],
}));
sel('Report orderBy url desc (nullable)', 'Report', () => ({
  where: reports(),
  select: { title: true, url: true },
  orderBy: [{ url: 'desc' }, { title: 'asc' }],
}));
sel('Report orderBy hiddenAt desc then id', 'Report', () => ({
  where: reports(),
  select: { title: true },
  orderBy: [{ hiddenAt: 'desc' }, { id: 'asc' }],
}));
sel('Report orderBy object with two keys', 'Report', () => ({
  where: reports(),
  select: { title: true, language: true },
  orderBy: { language: 'asc', title: 'desc' },
}));
sel('Report orderBy with sort/nulls', 'Report', () => ({
  where: reports(),
  select: { title: true },
  orderBy: [{ url: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
}));
sel('Report take: 0', 'Report', () => ({ where: reports(), select: { id: true }, take: 0, orderBy: { id: 'asc' } }), true);
sel('Report skip without take', 'Report', () => ({ where: reports(), select: { id: true, title: true }, skip: 3, orderBy: { id: 'asc' } }));
sel('Report nested take 0 / skip without take / skip+take', 'Report', () => ({
  where: reports(),
  select: {
    id: true,
    proposals: { take: 0, orderBy: { id: 'asc' } },
    appearances: { skip: 1, orderBy: { start: 'desc' }, select: { start: true } },
    evidence: { skip: 1, take: 1, orderBy: { id: 'asc' } },
  },
  orderBy: { id: 'asc' },
}));
sel('Proposal every column (Json, JSON null vs SQL NULL)', 'Proposal', () => ({
  where: { reportId: { in: [id.r2, id.r5] } },
  orderBy: { id: 'asc' },
}));
sel('Proposal select Json + relations (appearance one-to-one, claim null)', 'Proposal', () => ({
  where: { reportId: { in: [id.r2, id.r5] } },
  select: {
    id: true,
    claimants: true,
    evidence: true,
    numbers: true,
    claim: { select: { id: true } },
    appearance: { include: { proposal: { select: { id: true } } } },
  },
  orderBy: { id: 'asc' },
}));
sel('Proposal where evidence JsonNull (Json filter: must fall back)', 'Proposal', () => ({
  where: { reportId: { in: [id.r2, id.r5] }, evidence: { equals: Prisma.JsonNull } },
  select: { id: true, evidence: true },
}));
sel('Appearance select proposal (back one-to-one), report via reached', 'Appearance', () => ({
  where: { claimId: { in: [id.c1, id.c2] } },
  select: { id: true, proposal: { select: { id: true, status: true } }, report: { select: { title: true, publishedOn: true } } },
  orderBy: { id: 'asc' },
}));
sel('Actor self relations and counts', 'Actor', () => ({
  where: actors(),
  select: {
    id: true,
    name: true,
    mergedInto: { select: { id: true, name: true, mergedActors: { select: { name: true }, orderBy: { name: 'asc' } } } },
    mergedActors: { select: { id: true, hiddenAt: true, mergedInto: { select: { name: true } } }, orderBy: { name: 'desc' } },
    _count: { select: { mergedActors: true, aliases: { where: { language: null } }, contributedAliases: true } },
  },
  orderBy: { name: 'asc' },
}));
sel('Actor aliases ordered by nullable language asc / desc', 'Actor', () => ({
  where: actors(),
  select: {
    name: true,
    aliases: { orderBy: [{ language: 'asc' }, { name: 'asc' }], select: { name: true, language: true } },
    contributedAliases: {
      orderBy: [{ language: 'desc' }, { name: 'asc' }],
      select: { name: true, language: true, actor: { select: { name: true } } },
    },
  },
  orderBy: { name: 'asc' },
}));
sel('Resolution corrects / correctedBy both ways', 'Resolution', () => ({
  where: { claimId: { in: [id.c1, id.c2] } },
  select: {
    id: true,
    effectiveOn: true,
    corrects: { select: { id: true, correctedBy: { select: { id: true } } } },
    correctedBy: { select: { id: true, verdict: true, corrects: { select: { id: true, recordedAt: true } } } },
  },
  orderBy: { effectiveOn: 'asc' },
}));
sel('Claim include actors + resolutions + nested _count', 'Claim', () => ({
  where: { id: { in: [id.c1, id.c2] } },
  include: {
    actors: { orderBy: { position: 'asc' }, include: { actor: true } },
    appearances: { orderBy: { id: 'asc' }, include: { _count: { select: { chain: true } }, report: { select: { title: true } } } },
    _count: { select: { resolutions: { where: { correctsId: { not: null } } } } },
  },
  orderBy: { id: 'asc' },
}));

sel('Report _count with where {} and NOT {}', 'Report', () => ({
  where: reports(),
  select: { id: true, _count: { select: { proposals: { where: {} }, appearances: { where: { NOT: {} } } } } },
  orderBy: { id: 'asc' },
}));
sel('Report _count with select {}', 'Report', () => ({
  where: reports(),
  select: { id: true, _count: { select: {} } },
  orderBy: { id: 'asc' },
}));
sel(
  'Report where { id: { in }, OR: [] } (OR: [] beside another key)',
  'Report',
  () => ({ where: { ...reports(), OR: [] }, select: { title: true }, orderBy: { title: 'asc' } }),
  true,
);
sel('Report where { OR: [] } alone', 'Report', () => ({ where: { OR: [] }, select: { id: true }, orderBy: { id: 'asc' }, take: 3 }), true);
sel('Report take 1e21', 'Report', () => ({ where: reports(), select: { id: true }, take: 1e21, orderBy: { id: 'asc' } }));
sel('Report control characters in text', 'Report', () => ({
  where: { title: { startsWith: 'RVW ctl' } },
  select: { title: true, body: true, alternateUrls: true },
}));
sel('ApiKey dates far from today (year 500, before 1970)', 'ApiKey', () => ({
  where: { name: { startsWith: 'rvw' } },
  orderBy: { name: 'asc' },
}));
// Year 10000 on a @db.Date column: Prisma itself answers an Invalid Date (the compiled read a valid one); not a case to hold the compiler to.

describe('json-reads review: findManyJson against Prisma', () => {
  const db = useSampleDatabase();

  before(async () => {
    const p = db.prisma as any;
    const src = (slug: string, name: string) => p.source.create({ data: { slug, name, kind: 'NEWS_OUTLET' } });
    id.srcA = (await src('rvw-a', 'RVW Source "A"')).id;
    id.srcB = (await src('rvw-b', "RVW O'Brien")).id;
    let n = 0;
    const report = async (key: string, data: Args) =>
      (id[key] = (
        await p.report.create({
          data: {
            body: `rvw body ${key}`,
            contentHash: `rvw-${key}-${n++}`,
            publishedPrecision: 'DAY',
            publishedOn: day('2022-09-10'),
            ...data,
          },
        })
      ).id);
    await report('r1', { title: 'RVW 100% sure_thing', language: 'EN' });
    await report('r2', {
      title: 'RVW 100x sureXthing',
      language: 'en',
      publishedOn: day('2022-09-11'),
      url: 'https://example.org/a',
      publisherId: id.srcA,
      alternateUrls: ['https://a', 'b"c', 'ü\\'],
    });
    await report('r3', {
      title: 'RVW back\\slash',
      language: 'De',
      publishedOn: day('2022-09-12'),
      publisherId: id.srcB,
      url: 'https://example.org/b',
      hiddenAt: new Date('2024-01-02T03:04:05.678Z'),
      publishedPrecision: 'MONTH',
    });
    await report('r4', { title: 'RVW backslash', language: 'de', previousVersionId: id.r3, url: 'https://example.org/a', isSummary: true });
    await report('r5', {
      title: 'RVW Ünïcödé 😀 ÄÖ straße',
      language: 'de-AT',
      url: 'https://example.org/Ä',
      publishedOn: day('2023-01-01'),
      publishedPrecision: 'YEAR',
    });
    await report('r6', { title: 'RVW it\'s "quoted"', language: 'FR', previousVersionId: id.r1, publisherId: id.srcA });
    await report('r7', { title: 'rvw lower', language: 'fr', publishedOn: day('1999-12-31'), url: '' });
    await report('r8', { title: 'RVW ABC', language: 'EN-gb', version: 2 });
    await p.report.create({
      data: {
        title: 'RVW ctl\t\n\u0001\u2028"\\',
        body: 'b\r\n\u007f',
        contentHash: 'rvw-ctl',
        language: 'en',
        publishedOn: day('2022-01-01'),
        publishedPrecision: 'DAY',
        alternateUrls: ['\u0002', ''],
      },
    });
    const key = (name: string, data: Args) =>
      p.apiKey.create({ data: { name, role: 'EDITOR', secretHash: `rvw-${name}`, prefix: 'x', ...data } });
    for (const [name, data] of [
      ['rvw2', { lastUsedAt: new Date('0500-06-07T08:09:10.011Z') }],
      ['rvw3', { createdAt: new Date('1969-12-31T23:59:59.999Z') }],
      ['rvw4', { revokedAt: new Date('-000001-01-01T00:00:00.000Z') }],
    ] as const)
      try {
        await key(name, data);
      } catch (error) {
        console.log(`could not insert ApiKey ${name}: ${(error as Error).message.split('\n').at(-1)}`);
      }
    try {
      await p.claim.create({
        data: {
          statement: 'RVW far',
          kind: 'EVENT',
          claimedOn: new Date('+010000-01-01T00:00:00Z'),
          claimedPrecision: 'DAY',
          resolvableBy: new Date('0099-03-04T00:00:00Z'),
        },
      });
    } catch (error) {
      console.log(`could not insert far claim: ${(error as Error).message.split('\n').at(-1)}`);
    }
    await report('r9', { title: 'RVW {a,b} NULL', language: 'en', publisherId: id.srcB });

    const actor = async (key: string, data: Args) =>
      (id[key] = (await p.actor.create({ data: { slug: `rvw-${key}`, kind: 'PERSON', ...data } })).id);
    await actor('a1', { name: 'RVW Actor' });
    await actor('a2', { name: 'RVW Merged', mergedIntoId: id.a1 });
    await actor('a3', { name: 'RVW Merged hidden', mergedIntoId: id.a1, hiddenAt: new Date('2024-05-06T07:08:09.010Z') });
    await actor('a4', { name: 'RVW Standalone' });
    const alias = (actorId: string, originActorId: string, name: string, language: string | null) =>
      p.actorAlias.create({ data: { actorId, originActorId, name, normalized: name.toLowerCase() + language, language } });
    await alias(id.a1!, id.a1!, 'Alpha', null);
    await alias(id.a1!, id.a2!, 'alpha', 'en');
    await alias(id.a1!, id.a2!, 'Beta', 'de');
    await alias(id.a2!, id.a2!, 'ALPHA', 'en');
    await alias(id.a4!, id.a4!, 'Delta', 'en');

    const claim = async (key: string, data: Args) =>
      (id[key] = (await p.claim.create({ data: { kind: 'EVENT', claimedOn: day('2022-09-10'), claimedPrecision: 'DAY', ...data } })).id);
    await claim('c1', { statement: 'RVW claim one' });
    await claim('c2', { statement: 'RVW claim "two"', resolvableBy: day('2023-01-01'), hiddenAt: new Date('2024-01-01T00:00:00Z') });
    await p.claimActor.create({ data: { claimId: id.c1, actorId: id.a1, role: 'CLAIMANT', position: 0 } });
    await p.claimActor.create({ data: { claimId: id.c1, actorId: id.a4, role: 'SUBJECT', position: 1 } });
    const appearance = async (key: string, data: Args) =>
      (id[key] = (await p.appearance.create({ data: { exact: 'body', start: 4, end: 8, ...data } })).id);
    await appearance('ap1', { claimId: id.c1, reportId: id.r2, translation: 'RVW translated' });
    await appearance('ap2', { claimId: id.c2, reportId: id.r2, start: 0, end: 3 });
    await appearance('ap3', { claimId: id.c1, reportId: id.r5, translation: 'RVW translated' });
    await appearance('ap4', { claimId: id.c1, reportId: id.r6, translation: 'RVW translated' });
    await appearance('ap5', { claimId: id.c2, reportId: id.r4, translation: 'RVW translated' });
    await p.attributionLink.create({ data: { appearanceId: id.ap1, position: 1, sourceId: id.srcA } });
    const resolution = async (key: string, data: Args) =>
      (id[key] = (await p.resolution.create({ data: { effectivePrecision: 'DAY', rationale: 'rvw', recordedBy: 'rvw', ...data } })).id);
    await resolution('res1', { claimId: id.c1, verdict: 'OPEN', effectiveOn: day('2022-10-01') });
    await resolution('res2', { claimId: id.c1, verdict: 'CONFIRMED', effectiveOn: day('2022-11-01'), correctsId: id.res1 });
    await resolution('res3', { claimId: id.c2, verdict: 'REFUTED', effectiveOn: day('2022-12-01') });
    await p.evidence.create({ data: { resolutionId: id.res2, reportId: id.r2, exact: 'rvw', start: 0, end: 3 } });
    await p.evidence.create({ data: { resolutionId: id.res2, reportId: id.r2, exact: 'rvw2', start: 1, end: 3 } });
    const proposal = async (key: string, data: Args) =>
      (id[key] = (
        await p.proposal.create({
          data: {
            exact: 'x',
            start: n,
            end: n++ + 1,
            language: 'en',
            statement: 'rvw',
            cue: 'c',
            rule: 'r',
            credibility: 'POSSIBLY_TRUE',
            chain: [],
            names: [],
            numbers: [{ raw: '1.50', value: 1.5, big: 12345678901234567000 }],
            matches: [],
            ...data,
          },
        })
      ).id);
    await proposal('p1', { reportId: id.r2, claimants: [{ name: 'X "y" \\ ü', actorId: null }] });
    await proposal('p2', { reportId: id.r2, claimants: [], evidence: Prisma.JsonNull });
    await proposal('p3', {
      reportId: id.r5,
      claimants: 'a bare string',
      evidence: { claimId: id.c1, suggests: 'CONFIRMS', when: '2022-01-01T00:00:00.000Z' },
      status: 'ACCEPTED',
      claimId: id.c1,
      appearanceId: id.ap3,
      decidedAt: new Date('2024-03-04T05:06:07.089Z'),
    });
    await proposal('p4', { reportId: id.r6, claimants: { nested: { deep: [1, null, true] } }, status: 'REJECTED', decidedAt: new Date() });
  });

  for (const c of cases)
    it(c.what, async (t) => {
      const args = c.args();
      const prismaRead = () => delegate(db.prisma, c.model).findMany(args);
      let viaPrisma: unknown[] | undefined;
      let prismaError: unknown;
      try {
        viaPrisma = await prismaRead();
      } catch (error) {
        prismaError = error;
      }
      let fellBack = false;
      let viaJson: unknown[] | undefined;
      let jsonError: unknown;
      try {
        viaJson = await findManyJson(db.prisma, c.model, args, (a) => {
          fellBack = true;
          return delegate(db.prisma, c.model).findMany(a);
        });
      } catch (error) {
        jsonError = error;
      }
      t.diagnostic(fellBack ? 'fell back to Prisma (Unsupported)' : 'compiled');
      if (prismaError) {
        t.diagnostic(
          `Prisma rejects: ${String((prismaError as Error).message)
            .split('\n')
            .filter(Boolean)
            .slice(-2)
            .join(' | ')}`,
        );
        if (!jsonError) t.diagnostic(`compiled answered anyway: ${JSON.stringify(viaJson)}`);
        return;
      }
      if (jsonError)
        assert.fail(`Prisma answers ${JSON.stringify(viaPrisma)} but the compiled read fails: ${(jsonError as Error).message}`);
      if (c.empty) assert.equal(viaPrisma!.length, 0, 'Prisma answers nothing here');
      else assert.ok(viaPrisma!.length > 0, 'Prisma answers some rows here');
      let sql: string;
      try {
        const compiled = compileFindMany(c.model, args);
        sql = `${compiled.sql} -- params ${JSON.stringify(compiled.params)}`;
      } catch {
        sql = '(left to Prisma)';
      }
      const message = `\n  Prisma:   ${brief(viaPrisma!)}\n  compiled: ${brief(viaJson!)}\n  sql: ${sql}`;
      try {
        assert.deepStrictEqual(viaJson, viaPrisma);
      } catch {
        // A plain error: the TAP reporter cannot print an Invalid Date held by an AssertionError.
        throw new Error(message);
      }
    });

  it('pageInOrder / compileInOrder: parameters after the cut, nested where, order of ids', async () => {
    const ids = [id.r5!, id.r2!, id.r1!, id.r6!];
    const cut = Prisma.sql`SELECT ${ids}::uuid[]::text[] AS ids, ${ids.length}::int AS total`;
    const selection = {
      select: {
        id: true,
        title: true,
        publishedOn: true,
        proposals: {
          where: { status: { in: ['PENDING', 'ACCEPTED'] }, language: { equals: 'EN', mode: 'insensitive' } },
          orderBy: { start: 'asc' },
          select: { id: true, evidence: true },
        },
        _count: { select: { appearances: { where: { translation: { contains: 'RVW' } } } } },
      },
    };
    let apart = false;
    const viaPrisma = (list: string[]) => (db.prisma as any).report.findMany({ ...selection, where: { id: { in: list } } });
    const page = await pageInOrder(db.prisma, 'Report', selection, cut, (list) => {
      apart = true;
      return viaPrisma(list);
    });
    assert.equal(apart, false);
    const byId = new Map(((await viaPrisma(ids)) as { id: string }[]).map((row) => [row.id, row]));
    assert.deepStrictEqual(
      page.rows,
      ids.map((i) => byId.get(i)),
    );
    assert.equal(page.totalCount, 4);
  });

  it('injection: keys, identifiers, directions, take/skip, mode never reach the SQL text', () => {
    const evil = `x"; DROP TABLE "Report"; --'`;
    const shapes: Args[] = [
      { select: { [evil]: true } },
      { select: { id: true, _count: { select: { [evil]: true } } } },
      { where: { [evil]: 1 } },
      { where: { title: { [evil]: 1 } } },
      { where: { title: { contains: 'a', mode: evil } } },
      { orderBy: { [evil]: 'asc' } },
      { orderBy: { id: `asc; ${evil}` } },
      { take: `1; ${evil}` },
      { skip: `1; ${evil}` },
      { take: 1.5 },
      { include: { [evil]: true } },
      { select: { appearances: { where: { [evil]: 1 } } } },
    ];
    for (const args of shapes) assert.throws(() => compileFindMany('Report', args), Unsupported, JSON.stringify(args));
    assert.throws(() => compileFindMany(evil, {}), Unsupported);
    const { sql } = compileFindMany('Report', {
      select: { id: true },
      where: { title: { in: [evil], notIn: [evil], lt: evil, not: evil, startsWith: evil, equals: evil } },
    });
    assert.ok(!sql.includes('DROP'), sql);
  });
});
