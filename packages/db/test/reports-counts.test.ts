// countPublishedReports (per-day sums kept by triggers, migration report_day_counts) says what
// counting the rows says, on every day asked and through writes that move reports.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { countPublishedReports } from '../src/reports';
import { loadSampleData } from '../src/seed';
import { createMigratedDatabase, type TestDatabase } from '../src/testing';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAYS = ['2020-01-01', '2022-09-01', '2022-09-15', '2023-01-01', '2024-06-01'].map(day);

describe('reports published by a day, counted from per-day sums', () => {
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

  async function agree(step: string) {
    for (const asOf of [...DAYS, undefined]) {
      const rows = await prisma.report.count({ where: { hiddenAt: null, ...(asOf ? { publishedOn: { lte: asOf } } : {}) } });
      const counted = await countPublishedReports(prisma, asOf);
      if (counted !== null) assert.equal(counted, rows, `${step} on ${asOf?.toISOString().slice(0, 10) ?? 'today'}`);
      else assert.equal(asOf, undefined, `${step}: only a count without a day may be left to the rows`);
    }
  }

  it('on the sample data', async () => {
    assert.ok((await prisma.report.count()) > 1);
    await agree('sample data');
  });

  it('after reports are hidden, dated anew, shown again and deleted', async () => {
    const [a, b] = await prisma.report.findMany({ select: { id: true }, orderBy: { id: 'asc' }, take: 2 });
    await prisma.report.update({ where: { id: a!.id }, data: { hiddenAt: new Date() } });
    await prisma.report.updateMany({ where: { id: b!.id }, data: { publishedOn: day('2022-09-14') } });
    await agree('moved');
    await prisma.report.update({ where: { id: a!.id }, data: { hiddenAt: null } });
    await agree('shown again');
  });

  it('with a report dated after today, a count without a day is left to the rows', async () => {
    const [a] = await prisma.report.findMany({ select: { id: true }, orderBy: { id: 'desc' }, take: 1 });
    await prisma.report.update({ where: { id: a!.id }, data: { publishedOn: day('2999-01-01') } });
    assert.equal(await countPublishedReports(prisma), null);
    await agree('future report');
  });
});
