// A source's claims paged from its chain links (sources/claims.ts) list and count exactly what
// claimFilterWhere's `sourceIds` returns, in the same order, through writes that hide or move what
// connects a claim to the source (an appearance, a report, the claim itself, a date).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { sourceClaimsPage, type SourceClaimsQuery } from '../src/sources';
import { ClaimOrder, claimFilterWhere } from '../src/claims';
import { loadSampleData } from '../src/seed';
import { createMigratedDatabase, type TestDatabase } from '../src/testing';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("a source's claims, paged in SQL", () => {
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

  async function expected({ sourceId, asOf }: SourceClaimsQuery) {
    const rows = await prisma.claim.findMany({
      where: claimFilterWhere({ sourceIds: [sourceId] }, asOf),
      orderBy: ClaimOrder,
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  /** Every page of two, forwards by cursor, each page counting too. */
  async function paged(query: SourceClaimsQuery) {
    const ids: string[] = [];
    const counts = new Set<number | null>();
    let cursorId: string | undefined;
    for (;;) {
      const page = await sourceClaimsPage(prisma, query, cursorId ? { take: 3, skip: 1, cursorId } : { take: 2 }, { count: true });
      counts.add(page.totalCount);
      ids.push(...page.ids);
      if (page.ids.length < (cursorId ? 3 : 2)) break;
      cursorId = page.ids.at(-1);
    }
    return { ids, counts: [...counts] };
  }

  async function agreeForAll(step: string) {
    const sources = await prisma.source.findMany({ select: { id: true, slug: true } });
    let nonEmpty = 0;
    for (const source of sources) {
      for (const asOf of [undefined, day('2022-10-01'), day('2023-06-01')]) {
        const query = { sourceId: source.id, asOf };
        const want = await expected(query);
        const what = `${step}: ${source.slug} ${asOf?.toISOString().slice(0, 10) ?? 'today'}`;
        assert.deepEqual(await paged(query), { ids: want, counts: [want.length] }, what);
        assert.deepEqual((await sourceClaimsPage(prisma, query, { take: -2 })).ids, want.slice(-2), `last page of ${what}`);
        assert.equal((await sourceClaimsPage(prisma, query, { take: 2 })).totalCount, null, 'no count unless asked');
        if (want.length > 1) nonEmpty++;
      }
    }
    assert.ok(nonEmpty > 1, 'several sources carried several claims, so agreement says something');
  }

  it('on the sample data', async () => {
    await agreeForAll('sample data');
  });

  it('after an appearance, a report and a claim are hidden, and a claim and a report are dated anew', async () => {
    const links = await prisma.attributionLink.findMany({
      where: { sourceId: { not: null } },
      select: { appearance: { select: { id: true, claimId: true, reportId: true } } },
      orderBy: { id: 'asc' },
    });
    const [first, second, third] = [links[0]!.appearance, links[3]!.appearance, links[6]!.appearance];
    await prisma.appearance.update({ where: { id: first.id }, data: { hiddenAt: new Date() } });
    await prisma.report.update({ where: { id: second.reportId }, data: { hiddenAt: new Date() } });
    await prisma.claim.update({ where: { id: third.claimId }, data: { hiddenAt: new Date() } });
    await agreeForAll('hidden');
    const [moved] = await prisma.claim.findMany({
      where: { hiddenAt: null, appearances: { some: { chain: { some: { sourceId: { not: null } } } } } },
      take: 1,
    });
    await prisma.claim.update({ where: { id: moved!.id }, data: { claimedOn: day('2023-01-15') } });
    await prisma.report.updateMany({ where: { id: first.reportId }, data: { publishedOn: day('2023-03-01') } });
    await agreeForAll('dated anew');
  });
});
