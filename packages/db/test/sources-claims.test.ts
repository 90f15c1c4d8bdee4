// Sources' claims paged from cg_source_claim (sources/claims.ts, kept by the triggers of migration
// source_claim_list) list and count exactly what claimFilterWhere's `sourceIds` returns, in the
// same order, through every kind of write that changes what connects a claim to a source: chain
// links added, moved and removed, appearances hidden, moved and deleted, reports hidden and dated
// anew, claims hidden and dated anew, a source deleted, a table truncated.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countSourceClaims, sourceClaimsPageSql, type SourceClaimsQuery } from '../src/sources';
import { ClaimOrder, claimFilterWhere, readClaimPage } from '../src/claims';
import { pageThrough, useSampleDatabase } from '../src/testing';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("a source's claims, paged in SQL", () => {
  const db = useSampleDatabase();

  async function expected({ sourceIds, asOf, claimedFrom, claimedTo }: SourceClaimsQuery) {
    const rows = await db.prisma.claim.findMany({
      where: claimFilterWhere({ sourceIds, claimedFrom, claimedTo }, asOf),
      orderBy: ClaimOrder,
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** Every page, each counting too, as the API asks when totalCount is selected. */
  const paged = (query: SourceClaimsQuery) =>
    pageThrough((page) => readClaimPage(db.prisma, sourceClaimsPageSql(query, page, { count: true })));

  async function agreeForAll(step: string, atLeast = 2) {
    const sources = await db.prisma.source.findMany({ select: { id: true, slug: true } });
    let nonEmpty = 0;
    for (const source of sources) {
      for (const asOf of [undefined, day('2022-10-01'), day('2023-06-01')]) {
        const query = { sourceIds: [source.id], asOf };
        const want = await expected(query);
        const what = `${step}: ${source.slug} ${asOf?.toISOString().slice(0, 10) ?? 'today'}`;
        assert.deepEqual(await paged(query), { ids: want, counts: [want.length] }, what);
        assert.deepEqual(
          (await readClaimPage(db.prisma, sourceClaimsPageSql(query, { take: -2 }))).ids,
          want.slice(-2),
          `last page of ${what}`,
        );
        assert.equal((await readClaimPage(db.prisma, sourceClaimsPageSql(query, { take: 2 }))).totalCount, null, 'no count unless asked');
        assert.equal(await countSourceClaims(db.prisma, query), want.length, `count of ${what}`);
        if (want.length > 1) nonEmpty++;
      }
    }
    assert.ok(nonEmpty >= atLeast, 'several sources carried several claims, so agreement says something');
    // Several sources at once (claims(filter: { sourceIds })): a claim two of them carried comes
    // once, in the page and in the count; the claim dates narrow the list as claimFilterWhere does.
    let shared = 0;
    for (const [i, source] of sources.entries()) {
      const others = [sources[(i + 1) % sources.length]!.id, sources[(i + 2) % sources.length]!.id, source.id];
      for (const query of [
        { sourceIds: [source.id, ...others] },
        { sourceIds: others, asOf: day('2023-06-01'), claimedFrom: day('2022-09-01'), claimedTo: day('2023-03-01') },
      ]) {
        const want = await expected(query);
        const what = `${step}: ${query.sourceIds.length} sources from ${source.slug}`;
        assert.deepEqual(await paged(query), { ids: want, counts: [want.length] }, what);
        assert.deepEqual(
          (await readClaimPage(db.prisma, sourceClaimsPageSql(query, { take: -3 }))).ids,
          want.slice(-3),
          `last page of ${what}`,
        );
        assert.equal(await countSourceClaims(db.prisma, query), want.length, `count of ${what}`);
        const each = await Promise.all(query.sourceIds.map((id) => expected({ ...query, sourceIds: [id] })));
        if (each.flat().length > new Set(each.flat()).size) shared++;
      }
    }
    assert.ok(shared >= atLeast / 2, 'some claims were carried by two of the sources asked for, so the dedupe was tried');
  }

  it('on the sample data', async () => {
    await agreeForAll('sample data');
  });

  it("plans one source's page once per connection, not at every run", async () => {
    const [source] = await db.prisma.source.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 1 });
    // One connection for all of it: prepared statements and their plans belong to a connection.
    const plans = await db.prisma.$transaction(async (tx) => {
      for (let run = 0; run < 8; run++)
        await readClaimPage(tx as typeof db.prisma, sourceClaimsPageSql({ sourceIds: [source!.id] }, { take: 13 }, { count: true }));
      return tx.$queryRaw<{ generic: number; custom: number }[]>`
        SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements
        WHERE statement LIKE '%cg_source_claim%' AND statement LIKE '%LIMIT 13 OFFSET 0%' AND statement NOT LIKE '%pg_prepared%'`;
    });
    // Its page size is written into its text (no other test pages by 13).
    assert.equal(plans.length, 1, 'one statement for every run');
    // PostgreSQL plans the first five runs for their values, then keeps a generic plan when it costs no more.
    assert.ok(plans[0]!.generic >= 3, `generic plans ${plans[0]!.generic}, custom ${plans[0]!.custom}`);
  });

  it('after an appearance, a report and a claim are hidden, and a claim and a report are dated anew', async () => {
    const links = await db.prisma.attributionLink.findMany({
      where: { sourceId: { not: null } },
      select: { appearance: { select: { id: true, claimId: true, reportId: true } } },
      orderBy: { id: 'asc' },
    });
    const [first, second, third] = [links[0]!.appearance, links[3]!.appearance, links[6]!.appearance];
    await db.prisma.appearance.update({ where: { id: first.id }, data: { hiddenAt: new Date() } });
    await db.prisma.report.update({ where: { id: second.reportId }, data: { hiddenAt: new Date() } });
    await db.prisma.claim.update({ where: { id: third.claimId }, data: { hiddenAt: new Date() } });
    await agreeForAll('hidden');
    const [moved] = await db.prisma.claim.findMany({
      where: { hiddenAt: null, appearances: { some: { chain: { some: { sourceId: { not: null } } } } } },
      take: 1,
    });
    await db.prisma.claim.update({ where: { id: moved!.id }, data: { claimedOn: day('2023-01-15') } });
    await db.prisma.report.updateMany({ where: { id: first.reportId }, data: { publishedOn: day('2023-03-01') } });
    await agreeForAll('dated anew');
  });

  it('after chain links are added, moved to another source and removed, and an appearance moves to another claim', async () => {
    const sources = await db.prisma.source.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
    const appearances = await db.prisma.appearance.findMany({
      where: { hiddenAt: null },
      select: { id: true, claimId: true, chain: { select: { position: true } } },
      orderBy: { id: 'asc' },
    });
    const [one, two] = [appearances[1]!, appearances[2]!];
    const next = Math.max(0, ...one.chain.map((l) => l.position)) + 1;
    await db.prisma.attributionLink.create({ data: { appearanceId: one.id, position: next, sourceId: sources.at(-1)!.id } });
    await agreeForAll('link added');
    await db.prisma.attributionLink.updateMany({ where: { appearanceId: one.id, position: next }, data: { sourceId: sources[0]!.id } });
    await agreeForAll('link moved');
    await db.prisma.attributionLink.deleteMany({ where: { appearanceId: two.id, sourceId: { not: null } } });
    await agreeForAll('links removed');
    const other = appearances.find((a) => a.claimId !== one.claimId)!;
    await db.prisma.appearance.update({ where: { id: one.id }, data: { claimId: other.claimId } });
    await agreeForAll('appearance moved');
  });

  it('after an appearance and a source are deleted, and after truncation', async () => {
    const link = await db.prisma.attributionLink.findFirst({ where: { sourceId: { not: null } }, select: { appearanceId: true } });
    await db.prisma.proposal.updateMany({ where: { appearanceId: link!.appearanceId }, data: { appearanceId: null } });
    await db.prisma.appearance.delete({ where: { id: link!.appearanceId } });
    await agreeForAll('appearance deleted');
    const source = await db.prisma.source.findFirst({ where: { reports: { none: {} } }, select: { id: true } });
    if (source) {
      await db.prisma.source.delete({ where: { id: source.id } });
      await agreeForAll('source deleted');
    }
    await db.prisma.$executeRawUnsafe('TRUNCATE "AttributionLink"');
    assert.equal(
      await db.prisma.$queryRawUnsafe<{ n: number }[]>('SELECT count(*)::int AS n FROM "cg_source_claim"').then((r) => r[0]!.n),
      0,
    );
    await agreeForAll('links truncated', 0);
  });
});
