// Claims by the language of their reports, paged from cg_claim_language (claims/languages.ts, kept
// by the triggers of migration claim_language_list), list and count exactly what
// claimFilterWhere's `language` returns, in the same order, for a tag and its sub-tags in any
// case, through the writes that change in which languages a claim appears and from when:
// appearances hidden, moved and deleted, reports hidden, dated anew and given another language,
// claims hidden and dated anew, a table truncated.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  ClaimOrder,
  claimFilterWhere,
  countLanguageClaims,
  languageClaimsPageSql,
  readClaimPage,
  type LanguageClaimsQuery,
} from '../src/claims';
import { pageThrough, useSampleDatabase } from '../src/testing';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// 'd_' and 'd%': wildcards of LIKE, which must match themselves (no language is either).
const TAGS = ['de', 'DE', 'de-at', 'en', 'EN-gb', 'd', 'fr', 'd_', 'd%'];

describe('claims by the language of their reports, paged in SQL', () => {
  const db = useSampleDatabase();

  async function expected({ language, asOf, claimedFrom, claimedTo }: LanguageClaimsQuery) {
    const rows = await db.prisma.claim.findMany({
      where: claimFilterWhere({ language, claimedFrom, claimedTo }, asOf),
      orderBy: ClaimOrder,
      select: { id: true },
    });
    return rows.map((r) => r.id);
  }

  const paged = (query: LanguageClaimsQuery) =>
    pageThrough((page) => readClaimPage(db.prisma, languageClaimsPageSql(query, page, { count: true })));

  async function agreeForAll(step: string, atLeast = 2) {
    let nonEmpty = 0;
    for (const language of TAGS) {
      for (const days of [
        {},
        { asOf: day('2022-10-01') },
        { asOf: day('2023-06-01'), claimedFrom: day('2022-09-01'), claimedTo: day('2023-03-01') },
      ]) {
        const query = { language, ...days };
        const want = await expected(query);
        const what = `${step}: ${JSON.stringify(query)}`;
        assert.deepEqual(await paged(query), { ids: want, counts: [want.length] }, what);
        assert.deepEqual(
          (await readClaimPage(db.prisma, languageClaimsPageSql(query, { take: -2 }))).ids,
          want.slice(-2),
          `last page of ${what}`,
        );
        assert.equal((await readClaimPage(db.prisma, languageClaimsPageSql(query, { take: 2 }))).totalCount, null, 'no count unless asked');
        assert.equal(await countLanguageClaims(db.prisma, query), want.length, `count of ${what}`);
        if (want.length > 1) nonEmpty++;
      }
    }
    assert.ok(nonEmpty >= atLeast, 'several tags find several claims, so agreement says something');
  }

  it('on the sample data', async () => {
    await agreeForAll('sample data');
  });

  it('after reports are given a sub-tag and another language, a claim then appearing under two tags of one language', async () => {
    // A claim in a German report and in an English one: the English one becomes de-AT.
    const both = await db.prisma.claim.findFirst({
      where: { appearances: { some: { report: { language: 'de' } } }, AND: { appearances: { some: { report: { language: 'en' } } } } },
      select: { id: true, appearances: { where: { report: { language: 'en' } }, select: { reportId: true } } },
    });
    assert.ok(both, 'the sample data has a claim reported in German and in English');
    await db.prisma.report.update({ where: { id: both.appearances[0]!.reportId }, data: { language: 'de-AT' } });
    const other = await db.prisma.report.findFirst({
      where: { language: 'en', hiddenAt: null, appearances: { some: { hiddenAt: null } } },
      select: { id: true },
    });
    await db.prisma.report.update({ where: { id: other!.id }, data: { language: 'FR' } });
    await agreeForAll('re-tagged');
    assert.ok((await expected({ language: 'de-at' })).includes(both.id), 'the claim is under de-at');
    assert.ok((await expected({ language: 'fr' })).length > 0, 'and some under fr');
  });

  it('after an appearance, a report and a claim are hidden, and a claim and a report are dated anew', async () => {
    const appearances = await db.prisma.appearance.findMany({
      where: { hiddenAt: null },
      select: { id: true, claimId: true, reportId: true },
      orderBy: { id: 'asc' },
    });
    const [first, second, third] = [appearances[0]!, appearances[4]!, appearances[8]!];
    await db.prisma.appearance.update({ where: { id: first.id }, data: { hiddenAt: new Date() } });
    await db.prisma.report.update({ where: { id: second.reportId }, data: { hiddenAt: new Date() } });
    await db.prisma.claim.update({ where: { id: third.claimId }, data: { hiddenAt: new Date() } });
    await agreeForAll('hidden');
    await db.prisma.claim.update({ where: { id: appearances[12]!.claimId }, data: { claimedOn: day('2023-01-15') } });
    await db.prisma.report.updateMany({ where: { id: appearances[14]!.reportId }, data: { publishedOn: day('2023-03-01') } });
    await agreeForAll('dated anew');
  });

  it('after an appearance moves to another claim and report, one is deleted, and after truncation', async () => {
    const appearances = await db.prisma.appearance.findMany({
      where: { hiddenAt: null },
      select: { id: true, claimId: true, reportId: true },
      orderBy: { id: 'desc' },
    });
    const [one, other] = [
      appearances[0]!,
      appearances.find((a) => a.reportId !== appearances[0]!.reportId && a.claimId !== appearances[0]!.claimId)!,
    ];
    await db.prisma.appearance.update({ where: { id: one.id }, data: { claimId: other.claimId, reportId: other.reportId } });
    await agreeForAll('appearance moved');
    await db.prisma.proposal.updateMany({ where: { appearanceId: appearances[1]!.id }, data: { appearanceId: null } });
    await db.prisma.attributionLink.deleteMany({ where: { appearanceId: appearances[1]!.id } });
    await db.prisma.appearance.delete({ where: { id: appearances[1]!.id } });
    await agreeForAll('appearance deleted');
    await db.prisma.$executeRawUnsafe('TRUNCATE "Appearance" CASCADE');
    assert.equal(
      await db.prisma.$queryRawUnsafe<{ n: number }[]>('SELECT count(*)::int AS n FROM "cg_claim_language"').then((r) => r[0]!.n),
      0,
    );
    await agreeForAll('appearances truncated', 0);
  });
});
