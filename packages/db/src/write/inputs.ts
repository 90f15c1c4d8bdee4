// What a write accepts, as zod schemas: the one place where input rules are spelled out.
import { z } from 'zod';
import {
  ActorKind,
  ClaimKind,
  ClaimRelationKind,
  InformationCredibility,
  SourceKind,
  SourceReliability,
  Verdict,
} from '../../generated/prisma/enums';
import { PartialDateError, parsePartialDate } from '../domain/partial-date';

export const NUL_MESSAGE = 'must not contain the NUL character (\\u0000)';
const withoutNul = (value: string) => !value.includes('\u0000');

/** A string PostgreSQL can store: text cannot hold the NUL character. */
export const storableString = () => z.string().refine(withoutNul, NUL_MESSAGE);

const text = (max: number) => storableString().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => storableString().trim().max(max, `must be at most ${max} characters`).optional().nullable();
const uuid = z.uuid('must be an id');

export const partialDate = z.string().transform((value, ctx) => {
  try {
    return parsePartialDate(value);
  } catch (error) {
    if (!(error instanceof PartialDateError)) throw error;
    ctx.addIssue({ code: 'custom', message: error.message });
    return z.NEVER;
  }
});

/** BCP 47 language tag, e.g. "de", "en-GB", "zh-Hant". */
export const languageTag = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "de" or "en-GB"');

const countryCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as "KP"');

// Links are shown to readers: only web addresses, never `javascript:` or `data:` ones.
const url = z
  .url({ protocol: z.regexes.httpProtocol, error: 'must be an absolute URL starting with http:// or https://, such as "https://example.org/report"' })
  .refine(withoutNul, NUL_MESSAGE);

export const sourceInput = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens').optional(),
  name: text(300),
  kind: z.enum(SourceKind),
  homepage: url.optional().nullable(),
  country: countryCode.optional().nullable(),
  reliability: z.enum(SourceReliability).default('F'),
  reliabilityNote: optionalText(2000),
  description: optionalText(5000),
});

export const aliasInput = z.object({ name: text(300), language: languageTag.optional().nullable() });

export const actorInput = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens').optional(),
  name: text(300),
  kind: z.enum(ActorKind),
  countryCode: countryCode.optional().nullable(),
  wikidataId: z.string().regex(/^Q\d+$/, 'must be a Wikidata item id such as "Q423"').optional().nullable(),
  description: optionalText(5000),
  aliases: z.array(aliasInput).max(200).default([]),
  /** Accept names that other actors already go by (the aliases are then marked shared). */
  allowShared: z.boolean().default(false),
});

export const reportInput = z.object({
  title: text(1000),
  body: storableString().min(1, 'must not be empty').max(2_000_000, 'must be at most 2,000,000 characters'),
  language: languageTag,
  published: partialDate,
  url: url.optional().nullable(),
  alternateUrls: z.array(url).max(50).default([]),
  publisherId: uuid.optional().nullable(),
  isSummary: z.boolean().default(false),
  previousVersionId: uuid.optional().nullable(),
});

/** Where the words are: the exact quote and either its offsets or enough context to find it once. */
export const anchorInput = z.object({
  exact: storableString().min(1, 'must not be empty').max(20_000),
  prefix: storableString().max(1000).optional(),
  suffix: storableString().max(1000).optional(),
  start: z.number().int().min(0, 'must not be negative').optional(),
  end: z.number().int().min(1).optional(),
});

export const chainLinkInput = z
  .object({ sourceId: uuid.optional().nullable(), actorId: uuid.optional().nullable(), relation: optionalText(200) })
  .refine((link) => Boolean(link.sourceId) !== Boolean(link.actorId), {
    message: 'each link names exactly one of sourceId and actorId',
  });

export const appearanceInput = z.object({
  claimId: uuid,
  reportId: uuid,
  anchor: anchorInput,
  chain: z.array(chainLinkInput).max(20).default([]),
  credibility: z.enum(InformationCredibility).optional().nullable(),
  translation: optionalText(20_000),
});

export const claimInput = z.object({
  statement: text(2000),
  kind: z.enum(ClaimKind),
  claimed: partialDate,
  credibility: z.enum(InformationCredibility).default('CANNOT_BE_JUDGED'),
  claimantIds: z.array(uuid).max(50).default([]),
  subjectIds: z.array(uuid).max(50).default([]),
  resolutionCriteria: optionalText(5000),
  resolvableBy: partialDate.optional().nullable(),
  /** Where the claim appears, stored in the same transaction: a claim and its anchor, or neither. */
  appearance: appearanceInput.omit({ claimId: true }).optional(),
});

export const evidenceInput = z.object({ reportId: uuid, anchor: anchorInput });

export const resolutionInput = z.object({
  claimId: uuid,
  verdict: z.enum(Verdict),
  effective: partialDate,
  rationale: text(10_000),
  originalLabel: optionalText(200),
  correctsId: uuid.optional().nullable(),
  evidence: z.array(evidenceInput).max(50).default([]),
});

export const claimRelationInput = z
  .object({ fromClaimId: uuid, toClaimId: uuid, kind: z.enum(ClaimRelationKind), note: optionalText(5000) })
  .refine((r) => r.fromClaimId !== r.toClaimId, { message: 'a claim cannot be related to itself', path: ['toClaimId'] });

export type SourceInput = z.input<typeof sourceInput>;
export type ActorInput = z.input<typeof actorInput>;
export type ReportInput = z.input<typeof reportInput>;
export type AnchorInput = z.input<typeof anchorInput>;
export type AppearanceInput = z.input<typeof appearanceInput>;
export type ClaimInput = z.input<typeof claimInput>;
export type ResolutionInput = z.input<typeof resolutionInput>;
export type ClaimRelationInput = z.input<typeof claimRelationInput>;

// Updates: every field optional (absent = unchanged, null = cleared where the column allows it),
// no defaults (a default would silently reset a field the caller did not name), and the version
// the caller read, so that a change made by someone else in between is refused, not overwritten.

const versionRef = { id: uuid, version: z.number().int('must be a whole number').min(1, 'must be at least 1') };

/** A row and the version the caller read: what hide and unhide take. */
export const versionedRef = z.object(versionRef);

export const reportUpdate = z.object({
  ...versionRef,
  title: text(1000).optional(),
  language: languageTag.optional(),
  published: partialDate.optional(),
  url: url.optional().nullable(),
  alternateUrls: z.array(url).max(50).optional(),
  publisherId: uuid.optional().nullable(),
  isSummary: z.boolean().optional(),
  body: z.undefined('is never edited: store the changed text as a new report whose previousVersionId is this one').optional(),
});

export const sourceUpdate = z.object({
  ...versionRef,
  slug: sourceInput.shape.slug,
  name: text(300).optional(),
  kind: z.enum(SourceKind).optional(),
  homepage: url.optional().nullable(),
  country: countryCode.optional().nullable(),
  reliability: z.enum(SourceReliability).optional(),
  reliabilityNote: optionalText(2000),
  description: optionalText(5000),
});

export const actorUpdate = z.object({
  ...versionRef,
  name: text(300).optional(),
  kind: z.enum(ActorKind).optional(),
  countryCode: countryCode.optional().nullable(),
  wikidataId: actorInput.shape.wikidataId,
  description: optionalText(5000),
});

export const claimUpdate = z.object({
  ...versionRef,
  statement: text(2000).optional(),
  kind: z.enum(ClaimKind).optional(),
  claimed: partialDate.optional(),
  credibility: z.enum(InformationCredibility).optional(),
  resolutionCriteria: optionalText(5000),
  resolvableBy: partialDate.optional().nullable(),
  /** When given, replaces the claimants (in this order). */
  claimantIds: z.array(uuid).max(50).optional(),
  /** When given, replaces the subjects (in this order). */
  subjectIds: z.array(uuid).max(50).optional(),
});

export const appearanceUpdate = z.object({
  ...versionRef,
  credibility: z.enum(InformationCredibility).optional().nullable(),
  translation: optionalText(20_000),
  /** When given, replaces the whole attribution chain. */
  chain: z.array(chainLinkInput).max(20).optional(),
  /** When given, the quote is placed anew in the same report body, by the rules of addAppearance. */
  anchor: anchorInput.optional(),
});

export const claimRelationUpdate = z.object({
  ...versionRef,
  kind: z.enum(ClaimRelationKind).optional(),
  note: optionalText(5000),
});

export const actorAliasInput = z.object({
  actorId: uuid,
  name: text(300),
  language: languageTag.optional().nullable(),
  /** Knowingly give this actor a name another actor already goes by. */
  allowShared: z.boolean().default(false),
});

export const actorAliasRef = z.object({ aliasId: uuid });

export const actorMergeInput = z
  .object({ survivorId: uuid, mergedId: uuid, reason: text(2000) })
  .refine((m) => m.survivorId !== m.mergedId, { message: 'an actor cannot be merged into itself', path: ['mergedId'] });

export const actorUnmergeInput = z.object({ mergeId: uuid });

export const actorDistinctionInput = z
  .object({ actorAId: uuid, actorBId: uuid, reason: text(2000) })
  .refine((d) => d.actorAId !== d.actorBId, { message: 'an actor cannot be distinguished from itself', path: ['actorBId'] });

export type VersionedRef = z.input<typeof versionedRef>;
export type ReportUpdate = z.input<typeof reportUpdate>;
export type SourceUpdate = z.input<typeof sourceUpdate>;
export type ActorUpdate = z.input<typeof actorUpdate>;
export type ClaimUpdate = z.input<typeof claimUpdate>;
export type AppearanceUpdate = z.input<typeof appearanceUpdate>;
export type ClaimRelationUpdate = z.input<typeof claimRelationUpdate>;
export type ActorAliasInput = z.input<typeof actorAliasInput>;
export type ActorAliasRef = z.input<typeof actorAliasRef>;
export type ActorMergeInput = z.input<typeof actorMergeInput>;
export type ActorUnmergeInput = z.input<typeof actorUnmergeInput>;
export type ActorDistinctionInput = z.input<typeof actorDistinctionInput>;
