// The seed report: a German article of September 2022, kept verbatim in seed-data/reports/.
// The file starts with a header (" date 2022-09 "); the report body is everything after it.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReportData } from './types';

export const SEED_REPORT_KEY = 'seed-2022-09';

const SEED_FILE = fileURLToPath(new URL('../../../seed-data/reports/000_8cd6da2f7a34876a.txt', import.meta.url));
const HEADER = /^ date (\d{4}(?:-\d{2}){0,2}) /;

/** Splits a seed file into the date its header gives and the body after it. */
function parseSeedFile(text: string): { date: string; body: string } {
  const header = HEADER.exec(text);
  if (!header) throw new Error('seed report file does not start with a " date YYYY-MM " header');
  return { date: header[1]!, body: text.slice(header[0].length) };
}

export function readSeedReport(file = SEED_FILE): ReportData {
  const { date, body } = parseSeedFile(fs.readFileSync(file, 'utf8'));
  return {
    key: SEED_REPORT_KEY,
    title: 'US-Geheimdienst: Russland kauft Artilleriegranaten und Raketen aus Nordkorea',
    language: 'de',
    published: date,
    publisher: 'unknown-german-outlet',
    isSummary: false,
    body,
  };
}
