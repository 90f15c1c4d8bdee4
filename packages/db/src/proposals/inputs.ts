// What ingest and the editor's decisions on its proposals accept. A report's text may arrive as a
// string (GraphQL) or as the bytes of a file (the command line); either way it must be UTF-8,
// hold no NUL character (PostgreSQL text cannot) and stay under a size limit.
import { z } from 'zod';
import { ClaimKind, InformationCredibility, ProposalStatus } from '../../generated/prisma/enums';
import { chainLinkInput } from '../appearances/inputs';
import { ValidationError, type FieldIssue } from '../shared/errors';
import { NUL_MESSAGE, optionalText, partialDate, slug, text, url, uuid, versionRef } from '../shared/inputs';

/** 2 MB: the default upper bound of a report's text, in UTF-8 bytes. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

export const INGEST_LANGUAGES = ['de', 'en'] as const;

export const ingestInput = z.object({
  title: text(1000).optional().nullable(),
  url: url.optional().nullable(),
  publisherId: uuid.optional().nullable(),
  /** The publisher by its slug (what the command line takes); publisherId wins when both are given. */
  publisherSlug: slug.optional().nullable(),
  /** Detected from the text when not given. */
  language: z.enum(INGEST_LANGUAGES, 'must be "de" or "en" (or left out to be detected)').optional().nullable(),
  /** When the report was published (YYYY, YYYY-MM or YYYY-MM-DD); required. */
  published: partialDate.optional().nullable(),
});

export type IngestInput = z.input<typeof ingestInput> & {
  /** The report's text: a string, or the bytes of a file (which must be UTF-8). */
  body: string | Uint8Array;
};

export interface IngestOptions {
  /** Upper bound of the body in UTF-8 bytes; DEFAULT_MAX_BODY_BYTES when not given. */
  maxBodyBytes?: number;
}

export type ParsedIngestInput = z.output<typeof ingestInput> & {
  body: string;
  published: NonNullable<z.output<typeof ingestInput>['published']>;
};

/** Validates an ingest request whole: every problem is named at once, and nothing is stored. */
export function parseIngestInput(input: IngestInput, options: IngestOptions = {}): ParsedIngestInput {
  const issues: FieldIssue[] = [];
  const { body: rawBody, ...rest } = input;
  const body = readBody(rawBody, options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, issues);
  const parsed = ingestInput.safeParse(rest);
  if (!parsed.success) issues.push(...ValidationError.fromZod(parsed.error).issues);
  else if (!parsed.data.published) {
    issues.push({ field: 'published', message: 'no date: give the date the report was published (YYYY, YYYY-MM or YYYY-MM-DD)' });
  }
  if (issues.length > 0 || !parsed.success || body === undefined) throw new ValidationError(issues);
  return { ...parsed.data, body, published: parsed.data.published! };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function readBody(body: string | Uint8Array, maxBytes: number, issues: FieldIssue[]): string | undefined {
  let textBody: string;
  if (typeof body === 'string') {
    // A lone surrogate has no UTF-8 encoding: it is what a broken decoding leaves behind.
    if (LONE_SURROGATE.test(body)) return fail(issues, 'is not valid UTF-8 (it holds a lone surrogate)');
    textBody = body;
  } else {
    try {
      textBody = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(body);
    } catch {
      return fail(issues, 'is not valid UTF-8');
    }
  }
  const bytes = Buffer.byteLength(textBody, 'utf8');
  if (bytes > maxBytes) return fail(issues, `is ${bytes} bytes; the limit is ${maxBytes} bytes`);
  if (textBody.trim() === '') return fail(issues, 'must not be empty');
  if (textBody.includes('\u0000')) return fail(issues, NUL_MESSAGE);
  return textBody;
}

function fail(issues: FieldIssue[], message: string): undefined {
  issues.push({ field: 'body', message });
  return undefined;
}

const FILE_DATE_HEADER = /^ date (\d{4}(?:-\d{2}){0,2})(?: |\r?\n|$)/;

/**
 * A report file may start with a line " date YYYY-MM[-DD]" (as the seed report does): the date
 * and the body after it. Without such a line, the whole text is the body and the date is null.
 */
export function splitDateHeader(fileText: string): { date: string | null; body: string } {
  const header = FILE_DATE_HEADER.exec(fileText);
  if (!header) return { date: null, body: fileText };
  return { date: header[1]!, body: fileText.slice(header[0].length) };
}

/** A new claim made of a proposal: the editor's English statement and the claim's actors. */
export const newClaimFromProposal = z.object({
  statement: text(2000),
  kind: z.enum(ClaimKind),
  /** When the claim was made; the report's publication date when not given. */
  claimed: partialDate.optional().nullable(),
  /** The proposal's own grade when not given. */
  credibility: z.enum(InformationCredibility).optional().nullable(),
  claimantIds: z.array(uuid).max(50).default([]),
  subjectIds: z.array(uuid).max(50).default([]),
  resolutionCriteria: optionalText(5000),
  resolvableBy: partialDate.optional().nullable(),
});

/**
 * Accepting a proposal: as a new claim (newClaim) or as a new appearance of an existing claim
 * (claimId), never both. The chain defaults to the proposal's links that name a known source or
 * actor; names proposed as new are left out (an editor creates them first).
 */
export const acceptProposalInput = z
  .object({
    ...versionRef,
    newClaim: newClaimFromProposal.optional().nullable(),
    claimId: uuid.optional().nullable(),
    chain: z.array(chainLinkInput).max(20).optional().nullable(),
    translation: optionalText(20_000),
    note: optionalText(2000),
  })
  .refine((input) => Boolean(input.newClaim) !== Boolean(input.claimId), {
    message: 'give exactly one of newClaim (accept as a new claim) and claimId (accept as an appearance of that claim)',
    path: ['claimId'],
  });

export const rejectProposalInput = z.object({ ...versionRef, note: optionalText(2000) });

export const proposalFilter = z.object({ reportId: uuid, status: z.enum(ProposalStatus).optional().nullable() });

export type AcceptProposalInput = z.input<typeof acceptProposalInput>;
export type RejectProposalInput = z.input<typeof rejectProposalInput>;
export type ProposalFilter = z.input<typeof proposalFilter>;
