// Prints how long ingest takes: the seed report into a graph holding the sample data (its claims
// are then matched against the graph), and a batch of 50 distinct reports after it. Not a test:
// run it by hand with `npm run ingest-timing -w @claimgraph/db` (PostgreSQL at 127.0.0.1:5432, or
// a throw-away embedded one when none answers).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrismaClient } from '../src/client';
import { ingestReport } from '../src/proposals';
import { loadSampleData } from '../src/seed';
import { createMigratedDatabase } from '../src/testing';

const here = path.dirname(fileURLToPath(import.meta.url));
const seed = fs.readFileSync(path.join(here, '../seed-data/reports/000_8cd6da2f7a34876a.txt'), 'utf8').replace(/^ date \S+ /, '');

// Sentences of the kinds reports carry, in both languages, combined differently for each report
// so that every text is new (a new content hash) and the batch is not the same report 50 times.
const english = [
  'Russia is buying artillery shells from North Korea, according to US officials.',
  'The ministry said on Tuesday that {n} soldiers had been moved to the border region.',
  'Officials in Seoul told reporters that the shipments continued through {month}.',
  'A spokesperson denied that any weapons had been delivered.',
  'The report, first published by a newspaper in Washington, was confirmed by two diplomats.',
];
const german = [
  'Russland kauft laut US-Geheimdiensten Artilleriegranaten aus Nordkorea.',
  'Nach Angaben des Ministeriums wurden {n} Soldaten an die Grenze verlegt.',
  'Die Regierung in Seoul bestätigte, dass die Lieferungen bis {month} andauerten.',
  'Ein Sprecher bestritt, dass Waffen geliefert worden seien.',
  'Berichte, wonach weitere Raketen verschifft würden, wurden nicht kommentiert.',
];
const months = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

function batchText(i: number): { body: string; language: 'de' | 'en' } {
  const language = i % 2 === 0 ? 'en' : 'de';
  const sentences = language === 'en' ? english : german;
  const body = Array.from({ length: 8 }, (_, k) => sentences[(i + k) % sentences.length]!)
    .join(' ')
    .replaceAll('{n}', String(1000 + i * 37))
    .replaceAll('{month}', months[i % 12]!);
  return { body: `Report ${i + 1}\n\n${body}`, language };
}

const database = await createMigratedDatabase();
const prisma = createPrismaClient(database.url);
try {
  await loadSampleData(prisma, { actor: 'sample data' });
  const ctx = { prisma, actor: 'ingest timing' };
  // The seed report is in the sample data already: ingest a copy with one changed word, so that it
  // is a new report whose claims all find their sample twins.
  let started = performance.now();
  const seedResult = await ingestReport(ctx, { body: seed.replace('Nordkorea', 'Nord-Korea'), published: '2022-09' });
  const seedMs = performance.now() - started;
  started = performance.now();
  let proposals = 0;
  for (let i = 0; i < 50; i += 1) {
    const { body, language } = batchText(i);
    const result = await ingestReport(ctx, { body, language, published: `2023-${String((i % 12) + 1).padStart(2, '0')}` });
    proposals += result.proposals.length;
  }
  const batchMs = performance.now() - started;
  console.log(`seed report: ${seedMs.toFixed(0)} ms, ${seedResult.proposals.length} proposals`);
  console.log(`50 reports: ${batchMs.toFixed(0)} ms (${(batchMs / 50).toFixed(0)} ms each), ${proposals} proposals`);
} finally {
  await prisma.$disconnect();
  await database.drop();
}
