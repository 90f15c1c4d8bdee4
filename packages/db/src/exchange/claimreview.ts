// schema.org ClaimReview, the format fact-checkers publish their verdicts in: written for a
// claim's verdict in force today, and read into claims, appearances and resolutions.
import { z } from 'zod';
import type { PrismaClient } from '../../generated/prisma/client';
import type { Verdict } from '../../generated/prisma/enums';
import { createActor } from '../actors/writes';
import { likeLiteral } from '../shared/like';
import { addAppearance } from '../appearances/writes';
import { createClaim } from '../claims/writes';
import { createReport } from '../reports/writes';
import { recordResolution } from '../resolutions/writes';
import { currentResolution } from '../resolutions/verdict';
import { ValidationError } from '../shared/errors';
import { normalizeName } from '../shared/names';
import { formatPartialDate } from '../shared/partial-date';
import type { Tx } from '../shared/revisions';
import { createSource } from '../sources/writes';

// --- Writing ------------------------------------------------------------------------------------

/**
 * The rating scale of ClaimGraph's reviews: 1 (worst) to 5 (best). CONFIRMED 5, PARTLY_CONFIRMED
 * 3, REFUTED 1. OPEN and UNVERIFIABLE are not on the scale: ratingValue -1, and alternateName says
 * which in words.
 */
export const RATING_VALUE: Readonly<Record<Verdict, number>> = {
  CONFIRMED: 5,
  PARTLY_CONFIRMED: 3,
  REFUTED: 1,
  OPEN: -1,
  UNVERIFIABLE: -1,
};

/** The verdict in words, as reviewRating.alternateName. */
export const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  CONFIRMED: 'Confirmed',
  PARTLY_CONFIRMED: 'Partly confirmed',
  REFUTED: 'Refuted',
  OPEN: 'Open: not settled yet',
  UNVERIFIABLE: 'Unverifiable',
};

export interface ClaimReviewOptions {
  /** Who publishes the review: ClaimGraph's publisher name. */
  publisherName: string;
  /** The address of the claim's page. */
  url: string;
  /** The day the verdict is read on (today by default). */
  asOf?: Date;
}

const kindOfAuthor = (kind: string) => (kind === 'PERSON' ? 'Person' : 'Organization');

/**
 * The ClaimReview of a visible claim's verdict in force (OPEN and UNVERIFIABLE included), or null
 * when there is no such claim or no resolution is in force yet (nothing has been reviewed).
 * datePublished is when ClaimGraph recorded that verdict. One SQL statement.
 */
export async function claimReviewOf(
  prisma: PrismaClient,
  claimId: string,
  options: ClaimReviewOptions,
): Promise<Record<string, unknown> | null> {
  const claim = await prisma.claim.findFirst({
    where: { id: claimId, hiddenAt: null },
    include: {
      actors: { where: { role: 'CLAIMANT' }, orderBy: { position: 'asc' }, include: { actor: true } },
      resolutions: true,
      appearances: {
        where: { hiddenAt: null, report: { hiddenAt: null } },
        include: { report: { include: { publisher: true } } },
      },
    },
  });
  if (!claim) return null;
  const resolution = currentResolution(claim.resolutions, options.asOf);
  if (!resolution) return null;
  const appearances = claim.appearances
    .filter((a) => !options.asOf || a.report.publishedOn.getTime() <= options.asOf.getTime())
    .sort((a, b) => a.report.publishedOn.getTime() - b.report.publishedOn.getTime() || a.id.localeCompare(b.id))
    .map((a) => ({
      '@type': 'CreativeWork',
      ...(a.report.url ? { url: a.report.url } : {}),
      headline: a.report.title,
      inLanguage: a.report.language,
      datePublished: formatPartialDate({ start: a.report.publishedOn, precision: a.report.publishedPrecision }),
      ...(a.report.publisher ? { publisher: { '@type': 'Organization', name: a.report.publisher.name } } : {}),
    }));
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: options.url,
    claimReviewed: claim.statement,
    datePublished: resolution.recordedAt.toISOString().slice(0, 10),
    author: { '@type': 'Organization', name: options.publisherName },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING_VALUE[resolution.verdict],
      bestRating: 5,
      worstRating: 1,
      alternateName: VERDICT_WORDS[resolution.verdict],
      ratingExplanation: resolution.rationale,
    },
    itemReviewed: {
      '@type': 'Claim',
      author: claim.actors.map(({ actor }) => ({ '@type': kindOfAuthor(actor.kind), name: actor.name })),
      datePublished: formatPartialDate({ start: claim.claimedOn, precision: claim.claimedPrecision }),
      appearance: appearances,
      ...(appearances[0] ? { firstAppearance: appearances[0] } : {}),
    },
  };
}

// --- Reading ------------------------------------------------------------------------------------

/**
 * Publishers' textual ratings and the verdicts they mean, compared lower-cased with accents and
 * punctuation folded. A rating nobody mapped is UNVERIFIABLE; the publisher's own label is always
 * kept as the resolution's originalLabel.
 */
export const RATING_TABLE: Readonly<Record<string, Exclude<Verdict, 'OPEN'>>> = {
  // English (PolitiFact, Snopes, AFP, Full Fact, ...)
  true: 'CONFIRMED',
  correct: 'CONFIRMED',
  accurate: 'CONFIRMED',
  confirmed: 'CONFIRMED',
  'partly confirmed': 'PARTLY_CONFIRMED',
  refuted: 'REFUTED',
  'mostly true': 'PARTLY_CONFIRMED',
  'half true': 'PARTLY_CONFIRMED',
  'partly true': 'PARTLY_CONFIRMED',
  'partially true': 'PARTLY_CONFIRMED',
  'partly false': 'PARTLY_CONFIRMED',
  mixture: 'PARTLY_CONFIRMED',
  mixed: 'PARTLY_CONFIRMED',
  misleading: 'PARTLY_CONFIRMED',
  'missing context': 'PARTLY_CONFIRMED',
  'mostly false': 'REFUTED',
  false: 'REFUTED',
  incorrect: 'REFUTED',
  wrong: 'REFUTED',
  fake: 'REFUTED',
  fabricated: 'REFUTED',
  'pants on fire': 'REFUTED',
  unproven: 'UNVERIFIABLE',
  unverifiable: 'UNVERIFIABLE',
  unsupported: 'UNVERIFIABLE',
  // German (Correctiv, dpa, BR24, ...)
  richtig: 'CONFIRMED',
  wahr: 'CONFIRMED',
  stimmt: 'CONFIRMED',
  'groesstenteils richtig': 'PARTLY_CONFIRMED',
  'teilweise richtig': 'PARTLY_CONFIRMED',
  'teilweise falsch': 'PARTLY_CONFIRMED',
  'halb wahr': 'PARTLY_CONFIRMED',
  irrefuehrend: 'PARTLY_CONFIRMED',
  'fehlender kontext': 'PARTLY_CONFIRMED',
  'groesstenteils falsch': 'REFUTED',
  falsch: 'REFUTED',
  'frei erfunden': 'REFUTED',
  unbelegt: 'UNVERIFIABLE',
};

function ratingKey(label: string): string {
  return normalizeName(label.replace(/ß/g, 'ss').replace(/[äöü]/gi, (c) => `${c}e`))
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The verdict a publisher's textual rating means, and whether the table knew it. */
export function verdictOfRating(label: string): { verdict: Exclude<Verdict, 'OPEN'>; known: boolean } {
  const verdict = RATING_TABLE[ratingKey(label)];
  return verdict ? { verdict, known: true } : { verdict: 'UNVERIFIABLE', known: false };
}

/** ClaimReviews often date things to the second: the day is what ClaimGraph keeps. */
const date = z.string().transform((d) => (/^\d{4}-\d{2}-\d{2}T/.test(d) ? d.slice(0, 10) : d));
const named = z.object({ '@type': z.string().optional(), name: z.string().trim().min(1) });
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]).transform((v) => (Array.isArray(v) ? v : [v]));
const work = z.object({
  url: z.url().optional(),
  headline: z.string().optional(),
  datePublished: date.optional(),
  inLanguage: z.string().optional(),
});

const claimReviewSchema = z.object({
  '@type': z.literal('ClaimReview', { message: 'must be "ClaimReview"' }),
  claimReviewed: z.string().trim().min(1, 'must not be empty'),
  datePublished: z.string({ message: 'is needed: the day the verdict was published' }).pipe(date),
  url: z.url().optional(),
  author: oneOrMany(named).optional(),
  reviewRating: z
    .object({
      alternateName: z.string().trim().min(1).optional(),
      name: z.string().trim().min(1).optional(),
      ratingExplanation: z.string().optional(),
    })
    .refine((r) => r.alternateName ?? r.name, { message: 'needs a textual rating (alternateName or name)' }),
  itemReviewed: z
    .object({
      author: oneOrMany(named).optional(),
      datePublished: date.optional(),
      appearance: oneOrMany(work).optional(),
      firstAppearance: work.optional(),
    })
    .optional(),
});

export type ClaimReviewInput = z.output<typeof claimReviewSchema>;

/** Why a file of ClaimReviews was refused; nothing was written. */
export class ClaimReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClaimReviewError';
  }
}

/** A file of one ClaimReview object, an array of them, or NDJSON (one a line), checked field by field. */
export function parseClaimReviews(text: string): ClaimReviewInput[] {
  let items: { where: string; value: unknown }[];
  const trimmed = text.trim();
  if (trimmed === '') throw new ClaimReviewError('the file is empty');
  try {
    const value: unknown = JSON.parse(trimmed);
    items = Array.isArray(value)
      ? (value as unknown[]).map((v, i) => ({ where: `item ${i + 1}`, value: v }))
      : [{ where: 'the review', value }];
  } catch {
    items = text.split('\n').flatMap((line, i) => {
      if (line.trim() === '') return [];
      try {
        return [{ where: `line ${i + 1}`, value: JSON.parse(line) as unknown }];
      } catch (error) {
        throw new ClaimReviewError(
          `line ${i + 1}: not JSON (${(error as Error).message}); a file holds one object, an array, or one object a line`,
        );
      }
    });
  }
  return items.map(({ where, value }) => {
    const parsed = claimReviewSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new ClaimReviewError(`${where}: ${issue.path.join('.') || 'the object'} ${issue.message}`);
    }
    return parsed.data;
  });
}

export interface ImportedReview {
  claimId: string;
  verdict: Verdict;
  originalLabel: string;
  /** False when the rating was not in RATING_TABLE (and so became UNVERIFIABLE). */
  ratingKnown: boolean;
}

/**
 * Stores each review as a claim (claimReviewed, made on itemReviewed.datePublished or else the
 * review's date, by the actors named as its authors, found by name or created), an appearance in
 * a summary report at the first appearance's URL (the other URLs kept as its alternate URLs;
 * a report already stored at that URL whose text holds the words is used instead), published by
 * the review's author as a source (found by name or created), and a resolution with the rating
 * mapped by RATING_TABLE and the publisher's label kept. All reviews in one transaction: a
 * refusal anywhere writes nothing.
 */
export async function importClaimReviews(
  prisma: PrismaClient,
  reviews: readonly ClaimReviewInput[],
  actor: string,
): Promise<ImportedReview[]> {
  return prisma.$transaction(
    async (tx) => {
      const ctx = { prisma: tx as unknown as PrismaClient, actor };
      const imported: ImportedReview[] = [];
      for (const [index, review] of reviews.entries()) {
        try {
          imported.push(await importOne(tx, ctx, review));
        } catch (error) {
          if (error instanceof ValidationError) {
            throw new ClaimReviewError(`review ${index + 1}: ${error.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
          }
          throw error;
        }
      }
      return imported;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

async function importOne(tx: Tx, ctx: { prisma: PrismaClient; actor: string }, review: ClaimReviewInput): Promise<ImportedReview> {
  const label = review.reviewRating.alternateName ?? review.reviewRating.name!;
  const { verdict, known } = verdictOfRating(label);
  const claimed = review.itemReviewed?.datePublished ?? review.datePublished;
  const claimants: string[] = [];
  for (const author of review.itemReviewed?.author ?? []) {
    const alias = await tx.actorAlias.findFirst({ where: { normalized: normalizeName(author.name), hiddenAt: null, shared: false } });
    claimants.push(
      alias?.actorId ?? (await createActor(ctx, { name: author.name, kind: author['@type'] === 'Person' ? 'PERSON' : 'ORGANISATION' })).id,
    );
  }
  const reviewer = review.author?.[0]?.name;
  const publisherId = reviewer
    ? ((await tx.source.findFirst({ where: { name: { equals: reviewer, mode: 'insensitive' }, hiddenAt: null } }))?.id ??
      (await createSource(ctx, { name: reviewer, kind: 'OTHER', reliabilityNote: 'Publishes ClaimReview fact checks.' })).id)
    : null;
  const works = [
    ...(review.itemReviewed?.firstAppearance ? [review.itemReviewed.firstAppearance] : []),
    ...(review.itemReviewed?.appearance ?? []),
  ];
  const urls = [...new Set(works.flatMap((w) => (w.url ? [w.url] : [])))];
  const first = works[0];
  const claim = await createClaim(ctx, { statement: review.claimReviewed, kind: 'OTHER', claimed, claimantIds: [...new Set(claimants)] });
  const stored = urls.length
    ? await tx.report.findFirst({
        where: {
          hiddenAt: null,
          OR: [{ url: { in: urls } }, { alternateUrls: { hasSome: urls } }],
          body: { contains: likeLiteral(review.claimReviewed) },
        },
      })
    : null;
  const reportId =
    stored?.id ??
    (
      await createReport(ctx, {
        title: first?.headline ?? `Claim reviewed${reviewer ? ` by ${reviewer}` : ''}: ${review.claimReviewed.slice(0, 120)}`,
        body: review.claimReviewed,
        language: first?.inLanguage ?? 'en',
        published: first?.datePublished ?? claimed,
        url: urls[0] ?? review.url ?? null,
        alternateUrls: urls.slice(1),
        publisherId,
        isSummary: true,
      })
    ).report.id;
  await addAppearance(ctx, { claimId: claim.id, reportId, anchor: { exact: review.claimReviewed } });
  const rationale =
    review.reviewRating.ratingExplanation?.trim() ||
    `${reviewer ?? 'The publisher'} rated it "${label}"${review.url ? ` (${review.url})` : ''}.`;
  await recordResolution(ctx, { claimId: claim.id, verdict, effective: review.datePublished, rationale, originalLabel: label });
  return { claimId: claim.id, verdict, originalLabel: label, ratingKnown: known };
}
