// claimgraph export / import: the whole graph as NDJSON and back, the claims as CSV.
import fs from 'node:fs';
import readline from 'node:readline';
import type { Command } from 'commander';
import {
  ClaimReviewError,
  claimsCsv,
  exportGraph,
  importClaimReviews,
  importGraph,
  ImportError,
  parseClaimReviews,
} from '@claimgraph/db/exchange';
import { parsePartialDate, ValidationError } from '@claimgraph/db/shared';
import { withDatabase } from '../database';
import { CliError, print, type OutputOptions } from '../output';

interface ExportOptions extends OutputOptions {
  since?: string;
  claimsCsv?: boolean;
  out?: string;
}

export function registerExchangeCommands(program: Command): void {
  program
    .command('export')
    .description('write the whole graph as NDJSON (one object a line: type, id, row; parents before children), or the claims as CSV')
    .option('--since <YYYY[-MM[-DD]]>', 'only rows created or changed since that day')
    .option('--claims-csv', 'one CSV row per claim with its verdict today, for spreadsheets')
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--json', 'print the summary as JSON (on standard error when the data goes to standard output)')
    .action(async (options: ExportOptions) => {
      const since = options.since === undefined ? undefined : day(options.since, '--since');
      if (since && options.claimsCsv) throw new CliError('--since and --claims-csv do not go together: the CSV lists every claim');
      const out = openOutput(options.out);
      const counts: Record<string, number> = {};
      try {
        await withDatabase(async ({ prisma }) => {
          if (options.claimsCsv) {
            const csv = await claimsCsv(prisma);
            counts.Claim = csv.split('\r\n').length - 2;
            await write(out.stream, csv);
            return;
          }
          for await (const { type, line } of exportGraph(prisma, { since })) {
            counts[type] = (counts[type] ?? 0) + 1;
            await write(out.stream, `${line}\n`);
          }
        });
      } finally {
        await out.close();
      }
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      const what = options.claimsCsv ? `${counts.Claim ?? 0} claims as CSV` : `${total} records (${summary(counts)})`;
      const sentence = `Exported ${what}${options.out ? ` to ${options.out}` : ''}.`;
      if (options.out) print(options, { file: options.out, counts }, sentence);
      else process.stderr.write(options.json ? `${JSON.stringify({ counts })}\n` : `${sentence}\n`);
    });

  program
    .command('import')
    .description(
      'load an export (NDJSON from claimgraph export) into an empty database, ids included; or, as `import claimreview FILE`, schema.org ClaimReviews (one object, an array, or NDJSON) into claims, appearances and resolutions. Nothing is written unless all of it loads',
    )
    .argument('<file>', 'the NDJSON file (- for standard input), or the word claimreview')
    .argument('[reviews]', 'after claimreview: the file of ClaimReview JSON-LD')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nClaimReview ratings are read by a table (True, Mostly true, Half true, Misleading, False, Pants on fire, Richtig, Falsch, ...: see\nRATING_TABLE in packages/db/src/exchange/claimreview.ts); a rating not in it becomes UNVERIFIABLE, its label kept as originalLabel.',
    )
    .action(async (file: string, reviews: string | undefined, options: OutputOptions) => {
      if (file === 'claimreview') return importReviews(reviews, options);
      if (reviews !== undefined) throw new CliError(`import takes one file; did you mean: claimgraph import claimreview ${reviews}?`);
      const counts = await withDatabase(async ({ prisma }) => {
        try {
          return await importGraph(prisma, readLines(file));
        } catch (error) {
          if (error instanceof ImportError) throw new CliError(`${file}: ${error.message}`);
          throw error;
        }
      });
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      print(options, { counts }, `Imported ${total} records (${summary(counts)}).`);
    });
}

async function importReviews(file: string | undefined, options: OutputOptions): Promise<void> {
  if (!file) throw new CliError('import claimreview needs a file: claimgraph import claimreview FILE');
  let text: string;
  try {
    text = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const imported = await withDatabase(async ({ prisma }) => {
    try {
      return await importClaimReviews(prisma, parseClaimReviews(text), 'cli');
    } catch (error) {
      if (error instanceof ClaimReviewError) throw new CliError(`${file}: ${error.message}`);
      throw error;
    }
  });
  const unmapped = imported.filter((r) => !r.ratingKnown);
  print(options, { imported }, [
    `Imported ${imported.length} ClaimReview${imported.length === 1 ? '' : 's'}.`,
    ...imported.map((r) => `  ${r.claimId} ${r.verdict} ("${r.originalLabel}"${r.ratingKnown ? '' : ': not in the rating table'})`),
    ...(unmapped.length ? [`${unmapped.length} rating${unmapped.length === 1 ? '' : 's'} not in the table became UNVERIFIABLE.`] : []),
  ]);
}

function day(text: string, flag: string): Date {
  try {
    return parsePartialDate(text).start;
  } catch (error) {
    if (error instanceof ValidationError || error instanceof Error) throw new CliError(`${flag}: ${error.message}`);
    throw error;
  }
}

function summary(counts: Record<string, number>): string {
  return (
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([type, n]) => `${n} ${type}`)
      .join(', ') || 'nothing'
  );
}

function openOutput(file: string | undefined): { stream: NodeJS.WritableStream; close(): Promise<void> } {
  if (!file) return { stream: process.stdout, close: async () => {} };
  let stream: fs.WriteStream;
  try {
    fs.writeFileSync(file, '');
    stream = fs.createWriteStream(file);
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return { stream, close: () => new Promise((resolve) => stream.end(resolve)) };
}

/** Writes, waiting when the stream asks to (a pipe to `head` or a slow disk). */
function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(text)) resolve();
    else {
      stream.once('drain', resolve);
      stream.once('error', reject);
    }
  });
}

async function* readLines(file: string): AsyncGenerator<string, void, undefined> {
  let input: NodeJS.ReadableStream;
  if (file === '-') input = process.stdin;
  else {
    if (!fs.existsSync(file)) throw new CliError(`cannot read ${file}: ENOENT`);
    input = fs.createReadStream(file);
  }
  yield* readline.createInterface({ input, crlfDelay: Infinity });
}
