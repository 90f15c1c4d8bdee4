// claimgraph export / import as a user runs them: the NDJSON round trip into an empty database,
// the claims CSV, and one-line refusals with a non-zero exit.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createPrismaClient } from '@claimgraph/db';
import { loadSampleData, sampleId } from '@claimgraph/db/seed';
import { createMigratedDatabase, rowCounts, type TestDatabase } from '@claimgraph/db/testing';

const bin = path.resolve(import.meta.dirname, '../bin/claimgraph.mjs');
const run = promisify(execFile);

async function claimgraph(args: string[], url: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      env: { ...process.env, DATABASE_URL: url },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  const pattern = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|$)/gy;
  let record: string[] = [];
  for (let match = pattern.exec(text); match && match.index < text.length; match = pattern.exec(text)) {
    const raw = match[1]!;
    record.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (match[2] !== ',') {
      records.push(record);
      record = [];
    }
  }
  return records;
}

let full: TestDatabase;
let empty: TestDatabase;
let dir: string;
before(async () => {
  full = await createMigratedDatabase();
  empty = await createMigratedDatabase();
  const prisma = createPrismaClient(full.url);
  await loadSampleData(prisma);
  await prisma.$disconnect();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-exchange-'));
});
after(async () => {
  await full?.drop();
  await empty?.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('claimgraph export and import', () => {
  it('explain themselves with --help', async () => {
    const exp = await claimgraph(['export', '--help'], full.url);
    for (const flag of ['--since', '--claims-csv', '--out', '--json']) assert.match(exp.stdout, new RegExp(flag));
    const imp = await claimgraph(['import', '--help'], full.url);
    assert.match(imp.stdout, /--json/);
    assert.match(imp.stdout, /empty database/);
  });

  it('round trip: export, import into an empty database, export again: the same file', async () => {
    const file = path.join(dir, 'graph.ndjson');
    const exported = await claimgraph(['export', '--out', file, '--json'], full.url);
    assert.equal(exported.code, 0, exported.stderr);
    const summary = JSON.parse(exported.stdout) as { counts: Record<string, number> };
    assert.equal(summary.counts.Claim, 16);
    const imported = await claimgraph(['import', file, '--json'], empty.url);
    assert.equal(imported.code, 0, imported.stderr);
    assert.deepEqual((JSON.parse(imported.stdout) as { counts: Record<string, number> }).counts.Claim, 16);
    const again = await claimgraph(['export'], empty.url);
    assert.equal(again.code, 0, again.stderr);
    const before = fs.readFileSync(file, 'utf8').split('\n');
    const after = again.stdout.split('\n');
    assert.equal(after.length, before.length);
    for (const [i, line] of before.entries()) assert.equal(after[i], line, `record ${i + 1}`);
    assert.match(again.stderr, /^Exported \d+ records \(17 Source, 13 Actor/);
  });

  it('refuses to import into a database that is not empty, in one line, exit 1', async () => {
    const prisma = createPrismaClient(full.url);
    try {
      const counts = await rowCounts(prisma);
      const file = path.join(dir, 'graph.ndjson');
      const result = await claimgraph(['import', file], full.url);
      assert.equal(result.code, 1);
      assert.match(result.stderr, /^claimgraph: .*graph\.ndjson: the database is not empty \(17 Source, 13 Actor.*\n$/);
      assert.deepEqual(await rowCounts(prisma), counts);
    } finally {
      await prisma.$disconnect();
    }
  });

  it('refuses a broken file naming the line, a missing file and a bad date, in one line each', async () => {
    const bad = path.join(dir, 'bad.ndjson');
    fs.writeFileSync(bad, '{"type":"Source","id":"x","row":{}}\nnot json\n');
    const broken = await claimgraph(['import', bad], full.url);
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /^claimgraph: .*bad\.ndjson: line 2: not JSON/);
    const missing = await claimgraph(['import', path.join(dir, 'nope.ndjson')], full.url);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^claimgraph: cannot read .*nope\.ndjson: ENOENT\n$/);
    const date = await claimgraph(['export', '--since', '2022-13'], full.url);
    assert.equal(date.code, 1);
    assert.match(date.stderr, /^claimgraph: --since: "2022-13" is not a date/);
  });

  it('--claims-csv writes one row per claim with its verdict today, under the right columns', async () => {
    const result = await claimgraph(['export', '--claims-csv'], full.url);
    assert.equal(result.code, 0, result.stderr);
    const [header, ...rows] = parseCsv(result.stdout);
    assert.deepEqual(header, [
      'id',
      'statement',
      'kind',
      'claimed',
      'credibility',
      'verdict',
      'verdict_effective',
      'verdict_label',
      'claimants',
      'subjects',
      'appearances',
      'first_report_url',
    ]);
    assert.equal(rows.length, 16);
    const shells = rows.find((row) => row[0] === sampleId('claim:shells'));
    assert.deepEqual(shells?.slice(1, 11), [
      'Russia is buying millions of artillery shells and rockets from North Korea.',
      'EVENT',
      '2022-09',
      'POSSIBLY_TRUE',
      'CONFIRMED',
      '2023-11-01',
      '',
      'United States',
      'Russia; North Korea',
      '1',
    ]);
    // A statement with a comma comes back whole.
    assert.ok(rows.some((row) => row[1]!.includes(',')));
    assert.ok(rows.every((row) => row.length === 12));
  });

  it('import claimreview: a rating nobody mapped becomes UNVERIFIABLE with its label; a bad file is refused in one line', async () => {
    const file = path.join(dir, 'reviews.ndjson');
    const review = (claimReviewed: string, rating: string) =>
      JSON.stringify({
        '@type': 'ClaimReview',
        claimReviewed,
        datePublished: '2023-05-04',
        author: { name: 'Example Fact Check' },
        reviewRating: { alternateName: rating },
        itemReviewed: { datePublished: '2023-04-20', appearance: { url: 'https://news.example/x' } },
      });
    fs.writeFileSync(file, `${review('Pigs can fly.', 'Pants on Fire')}\n${review('The moon is cheese.', 'Cheesy')}\n`);
    const result = await claimgraph(['import', 'claimreview', file, '--json'], empty.url);
    assert.equal(result.code, 0, result.stderr);
    const { imported } = JSON.parse(result.stdout) as { imported: { verdict: string; originalLabel: string; ratingKnown: boolean }[] };
    assert.deepEqual(
      imported.map((r) => [r.verdict, r.originalLabel, r.ratingKnown]),
      [
        ['REFUTED', 'Pants on Fire', true],
        ['UNVERIFIABLE', 'Cheesy', false],
      ],
    );
    const text = await claimgraph(['import', 'claimreview', file], empty.url);
    assert.match(text.stdout, /1 rating not in the table became UNVERIFIABLE\.\n$/);

    fs.writeFileSync(
      file,
      `${review('Fine.', 'True')}\n{"@type":"ClaimReview","claimReviewed":"No date.","reviewRating":{"name":"True"}}\n`,
    );
    const prisma = createPrismaClient(empty.url);
    try {
      const counts = await rowCounts(prisma);
      const refused = await claimgraph(['import', 'claimreview', file], empty.url);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /^claimgraph: .*reviews\.ndjson: line 2: datePublished is needed: the day the verdict was published\n$/);
      assert.deepEqual(await rowCounts(prisma), counts);
    } finally {
      await prisma.$disconnect();
    }
    const none = await claimgraph(['import', 'claimreview'], empty.url);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^claimgraph: import claimreview needs a file/);
  });
});
