import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, type PrismaClient } from '@claimgraph/db';
import { createMigratedDatabase, rowCounts, type TestDatabase } from '@claimgraph/db/testing';

const bin = path.resolve(import.meta.dirname, '../bin/claimgraph.mjs');
const seedFile = path.resolve(import.meta.dirname, '../../db/seed-data/reports/000_8cd6da2f7a34876a.txt');

function claimgraph(args: string[], env: Record<string, string>, stdin?: string | Buffer) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, ...args],
      { env: { ...process.env, ...env }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin ?? '');
  });
}

let database: TestDatabase;
let prisma: PrismaClient;
let env: Record<string, string>;
let dir: string;

before(async () => {
  database = await createMigratedDatabase();
  prisma = createPrismaClient(database.url);
  env = { DATABASE_URL: database.url };
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cg-ingest-'));
});
after(async () => {
  await prisma.$disconnect();
  await database.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('claimgraph ingest', () => {
  it('explains itself with --help', async () => {
    const result = await claimgraph(['ingest', '--help'], env);
    assert.equal(result.code, 0);
    for (const flag of ['--title', '--url', '--publisher', '--language', '--date', '--json']) assert.match(result.stdout, new RegExp(flag));
  });

  it("ingests the seed file, its date line giving the date, and prints the issue's JSON shape", async () => {
    const result = await claimgraph(['ingest', seedFile, '--json'], env);
    assert.equal(result.code, 0, result.stderr);
    const out = JSON.parse(result.stdout);
    assert.deepEqual(
      { created: out.report.created, language: out.report.language, published: out.report.published },
      { created: true, language: 'de', published: '2022-09' },
    );
    assert.ok(out.proposals.length >= 10);
    const body = fs.readFileSync(seedFile, 'utf8').slice(' date 2022-09 '.length);
    for (const p of out.proposals) {
      for (const key of ['id', 'quote', 'statement', 'cue', 'rule', 'credibility', 'claimants', 'chain', 'matches', 'evidence'])
        assert.ok(key in p, key);
      assert.equal(body.slice(p.quote.start, p.quote.end), p.quote.exact);
      for (const link of p.chain) assert.ok('sourceId' in link && 'actorId' in link && 'name' in link);
      for (const c of p.claimants) assert.ok('actorId' in c && 'name' in c);
    }
    const again = JSON.parse((await claimgraph(['ingest', '-', '--json', '--date', '2022-09'], env, body)).stdout);
    assert.equal(again.report.created, false);
    assert.equal(again.report.id, out.report.id);
    assert.deepEqual(
      again.proposals.map((p: { id: string }) => p.id),
      out.proposals.map((p: { id: string }) => p.id),
    );
  });

  const bad: [string, string[], string | Buffer, RegExp][] = [
    ['an empty text', ['-', '--date', '2022-09'], '', /body: must not be empty/],
    ['bytes that are not UTF-8', ['-', '--date', '2022-09'], Buffer.from([0x41, 0xc3, 0x28, 0x42]), /body: is not valid UTF-8/],
    ['a NUL character', ['-', '--date', '2022-09'], 'Officials said\u0000 so.', /NUL/],
    ['a text over the limit', ['-', '--date', '2022-09', '--max-bytes', '10'], 'Officials said shells were sold.', /limit is 10 bytes/],
    ['no date anywhere', ['-'], 'Officials said shells were sold.', /published: no date/],
    [
      'an unknown publisher',
      ['-', '--date', '2022-09', '--publisher', 'nobody'],
      'Officials said shells were sold.',
      /no source has the slug "nobody"/,
    ],
    ['a missing file', [path.join('/nonexistent', 'report.txt')], '', /cannot read .*ENOENT/],
  ];
  for (const [name, args, stdin, message] of bad) {
    it(`${name}: one line, non-zero exit, nothing stored`, async () => {
      const before = await rowCounts(prisma);
      const result = await claimgraph(['ingest', ...args], env, stdin);
      assert.notEqual(result.code, 0);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, message);
      assert.equal(result.stderr.trimEnd().split('\n').length, 1, result.stderr);
      assert.deepEqual(await rowCounts(prisma), before);
    });
  }

  it('flags win over the date line', async () => {
    const file = path.join(dir, 'flags.txt');
    fs.writeFileSync(file, ' date 2021-01\nOfficials said North Korea had sold shells to Russia.');
    const out = JSON.parse(
      (await claimgraph(['ingest', file, '--date', '2022-09-30', '--language', 'en', '--title', 'Flags', '--json'], env)).stdout,
    );
    assert.equal(out.report.published, '2022-09-30');
    assert.equal(out.report.language, 'en');
    assert.equal(out.report.title, 'Flags');
  });
});
