import fs from 'node:fs';
import type { Command } from 'commander';
import { ingestReport, proposalView, splitDateHeader } from '@claimgraph/db/proposals';
import { formatPartialDate } from '@claimgraph/db/shared';
import { withDatabase } from '../database';
import { CliError, print, type OutputOptions } from '../output';

interface IngestOptions extends OutputOptions {
  title?: string;
  url?: string;
  publisher?: string;
  language?: string;
  date?: string;
  maxBytes?: string;
}

export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('store a report (a file, or - for standard input) and propose the claims in it, matched to the graph')
    .argument('<file>', 'the report text (UTF-8); it may start with a line " date YYYY-MM[-DD]"')
    .option('--title <title>', "the report's title (its first line when not given)")
    .option('--url <url>', 'where it was published')
    .option('--publisher <slug>', "the publishing source's slug")
    .option('--language <de|en>', 'the language of the text (detected when not given)')
    .option('--date <YYYY-MM[-DD]>', 'when it was published; wins over the date line of the file')
    .option('--max-bytes <n>', 'the size limit of the text in bytes (2 MB by default)')
    .option('--json', 'print JSON')
    .action(async (file: string, options: IngestOptions) => {
      const bytes = readInput(file);
      const { date, bodyBytes } = splitHeaderBytes(bytes);
      const maxBodyBytes = options.maxBytes === undefined ? undefined : Number(options.maxBytes);
      if (maxBodyBytes !== undefined && !(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) {
        throw new CliError(`--max-bytes must be a positive whole number, not "${options.maxBytes}"`);
      }
      const result = await withDatabase(({ prisma }) =>
        ingestReport(
          { prisma, actor: 'cli' },
          {
            body: bodyBytes,
            title: options.title,
            url: options.url,
            publisherSlug: options.publisher,
            language: options.language as 'de' | 'en' | undefined,
            published: options.date ?? date ?? undefined,
          },
          { maxBodyBytes },
        ),
      );
      const { report, created, proposals } = result;
      const json = {
        report: {
          id: report.id,
          created,
          language: report.language,
          published: formatPartialDate({ start: report.publishedOn, precision: report.publishedPrecision }),
          title: report.title,
        },
        proposals: proposals.map(proposalView),
      };
      const pending = proposals.filter((p) => p.status === 'PENDING').length;
      print(options, json, [
        `${created ? 'Stored' : 'Already stored:'} report ${report.id} (${report.language}, ${json.report.published}): ${proposals.length} proposals, ${pending} pending.`,
        ...json.proposals.map((p) => {
          const best = p.matches[0];
          return `  [${p.status.toLowerCase()}] ${p.quote.start}-${p.quote.end} ${p.rule}: ${p.statement}${best ? `  (best match ${best.score}: ${best.claim.statement})` : ''}`;
        }),
      ]);
    });
}

function readInput(file: string): Buffer {
  try {
    return file === '-' ? fs.readFileSync(0) : fs.readFileSync(file);
  } catch (error) {
    throw new CliError(
      `cannot read ${file === '-' ? 'standard input' : file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
  }
}

/** The date line is ASCII, so it is cut off the bytes as they are: the body's bytes are checked as UTF-8 later. */
function splitHeaderBytes(bytes: Buffer): { date: string | null; bodyBytes: Buffer } {
  const head = bytes.subarray(0, 64).toString('latin1');
  const { date, body } = splitDateHeader(head);
  if (date === null) return { date: null, bodyBytes: bytes };
  return { date, bodyBytes: bytes.subarray(head.length - body.length) };
}
