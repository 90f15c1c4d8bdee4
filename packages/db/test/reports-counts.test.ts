// countPublishedReports (per-day and per-kind sums kept by triggers, migration
// report_day_counts_by_kind, and the totals of migration report_totals when no day is asked) says
// what counting the rows says, for every range of days and kind asked and through writes that move
// reports.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countPublishedReports } from '../src/reports';
import { useSampleDatabase } from '../src/testing';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAYS = ['2020-01-01', '2022-09-01', '2022-09-15', '2023-01-01', '2024-06-01'].map(day);

describe('reports published by a day, counted from per-day sums', () => {
  const db = useSampleDatabase();

  async function agree(step: string) {
    for (const to of [...DAYS, undefined])
      for (const from of [undefined, DAYS[1], DAYS[3]])
        for (const isSummary of [undefined, true, false]) {
          const publishedOn = { ...(from ? { gte: from } : {}), ...(to ? { lte: to } : {}) };
          const rows = await db.prisma.report.count({
            where: { hiddenAt: null, publishedOn, ...(isSummary === undefined ? {} : { isSummary }) },
          });
          const what = `${step}: ${from?.toISOString().slice(0, 10) ?? '…'} to ${to?.toISOString().slice(0, 10) ?? '…'}, summaries ${String(isSummary)}`;
          assert.equal(await countPublishedReports(db.prisma, { from, to, isSummary }), rows, what);
        }
  }

  it('on the sample data', async () => {
    for (const isSummary of [true, false])
      assert.ok((await db.prisma.report.count({ where: { isSummary } })) > 0, 'the sample data has both kinds');
    await agree('sample data');
  });

  it('after reports are hidden, dated anew, shown again and deleted', async () => {
    const [a, b] = await db.prisma.report.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 2 });
    await db.prisma.report.update({ where: { id: a!.id }, data: { hiddenAt: new Date() } });
    await db.prisma.report.updateMany({ where: { id: b!.id }, data: { publishedOn: day('2022-09-14') } });
    await agree('moved');
    await db.prisma.report.update({ where: { id: a!.id }, data: { hiddenAt: null } });
    await agree('shown again');
    await db.prisma.report.update({ where: { id: a!.id }, data: { isSummary: true } });
    await agree('made a summary');
    const added = await db.prisma.report.createManyAndReturn({
      data: [true, false].map((isSummary, i) => ({
        title: `added ${i}`,
        body: `added ${i}`,
        language: 'en',
        publishedOn: day('2022-09-15'),
        publishedPrecision: 'DAY',
        contentHash: `added-${i}`,
        isSummary,
      })),
      select: { id: true },
    });
    await agree('two added in one statement');
    await db.prisma.report.deleteMany({ where: { id: { in: added.map((r) => r.id) } } });
    await agree('deleted');
  });

  it('a report dated after today is counted without a day, as the list without a day lists it', async () => {
    const [a] = await db.prisma.report.findMany({ select: { id: true }, orderBy: { id: 'desc' }, take: 1 });
    await db.prisma.report.update({ where: { id: a!.id }, data: { publishedOn: day('2999-01-01') } });
    assert.equal(await countPublishedReports(db.prisma), await db.prisma.report.count({ where: { hiddenAt: null } }));
    await agree('future report');
  });

  it('a truncated table leaves nothing counted', async () => {
    await db.prisma.$executeRawUnsafe('TRUNCATE "Report" CASCADE');
    assert.equal(await countPublishedReports(db.prisma), 0);
  });
});
