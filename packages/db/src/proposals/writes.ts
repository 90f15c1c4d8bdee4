// Ingest (a report's text in, proposals out) and the editor's decisions on proposals. Every row
// is written through the ordinary writes (createReport, createClaim, addAppearance) inside one
// transaction: bad input stores nothing, and an accepted proposal is a claim like any other.
import { detectLanguage, extract, type Candidate, type Language } from '@claimgraph/ingest';
import type { PrismaClient } from '../../generated/prisma/client';
import { addAppearanceIn } from '../appearances/writes';
import { createClaim } from '../claims/writes';
import { createReport } from '../reports/writes';
import { formatPartialDate } from '../shared/partial-date';
import { ConflictError, NotFoundError, parseInput, ValidationError } from '../shared/errors';
import { recordRevision, toJson, type Tx } from '../shared/revisions';
import { transaction, type WriteContext } from '../shared/transaction';
import { requireVisible } from '../shared/visible';
import {
  acceptProposalInput,
  parseIngestInput,
  rejectProposalInput,
  type AcceptProposalInput,
  type IngestInput,
  type IngestOptions,
  type RejectProposalInput,
} from './inputs';
import { evidenceSuggestion, matchCandidate } from './matching';
import { graphNameIndex } from './names';
import { proposalsOfReport } from './queries';

const TITLE_LENGTH = 120;

/**
 * Stores a report's text (the same text is the same report: `created: false`) and proposes the
 * claims found in it, each matched against the graph. A span proposed before is never proposed
 * again, whatever became of it: a rejected proposal stays rejected.
 */
export async function ingestReport(ctx: WriteContext, input: IngestInput, options: IngestOptions = {}) {
  const data = parseIngestInput(input, options);
  return transaction(ctx.prisma, async (tx) => {
    // A transaction opened inside this one is a savepoint of it: createReport joins it.
    const inner: WriteContext = { prisma: tx as unknown as PrismaClient, actor: ctx.actor };
    const publisherId = data.publisherId ?? (data.publisherSlug ? await publisherBySlug(tx, data.publisherSlug) : null);
    const { report, created } = await createReport(inner, {
      title: data.title ?? titleOf(data.body),
      body: data.body,
      language: data.language ?? detectLanguage(data.body),
      published: formatPartialDate(data.published),
      url: data.url ?? null,
      publisherId,
    });
    const extraction = extract(report.body, { language: report.language, names: await graphNameIndex(tx) });
    const known = await tx.proposal.findMany({ where: { reportId: report.id }, select: { start: true, end: true } });
    const seen = new Set(known.map((p) => `${p.start}:${p.end}`));
    for (const candidate of extraction.candidates) {
      const key = `${candidate.quote.start}:${candidate.quote.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const matches = await matchCandidate(tx, candidate, extraction.language, report.publishedOn);
      const proposal = await tx.proposal.create({
        data: {
          ...proposalRow(candidate, extraction.language),
          reportId: report.id,
          matches: toJson(matches),
          evidence: toJson(evidenceSuggestion(candidate, matches)) ?? undefined,
        },
      });
      await recordRevision(tx, { entityType: 'Proposal', entityId: proposal.id, action: 'CREATE', after: proposal, actor: ctx.actor });
    }
    return { report, created, proposals: await proposalsOfReport(tx, { reportId: report.id }) };
  });
}

function proposalRow(candidate: Candidate, language: Language) {
  return {
    exact: candidate.quote.exact,
    start: candidate.quote.start,
    end: candidate.quote.end,
    prefix: candidate.quote.prefix,
    suffix: candidate.quote.suffix,
    language,
    statement: candidate.statement.text,
    cue: candidate.cue,
    rule: candidate.rule,
    credibility: candidate.credibility.credibility,
    credibilityCue: candidate.credibility.cue,
    claimants: toJson(candidate.claimants.map((c) => ({ name: c.name, actorId: c.id }))),
    chain: toJson(
      candidate.chain.map((link) => ({
        name: link.name,
        sourceId: link.kind === 'source' ? link.id : null,
        actorId: link.kind === 'actor' ? link.id : null,
        role: link.role,
      })),
    ),
    names: toJson(candidate.names),
    numbers: toJson(candidate.numbers),
  };
}

async function publisherBySlug(tx: Tx, slug: string): Promise<string> {
  const source = await tx.source.findFirst({ where: { slug, hiddenAt: null }, select: { id: true } });
  if (!source) throw new ValidationError([{ field: 'publisherSlug', message: `no source has the slug "${slug}"` }]);
  return source.id;
}

/** The first line of the text, shortened: a title until an editor gives a better one. */
function titleOf(body: string): string {
  const line = body.trim().split(/\r?\n/, 1)[0]!.trim();
  return line.length <= TITLE_LENGTH ? line : `${line.slice(0, TITLE_LENGTH - 1).trimEnd()}…`;
}

/**
 * Accepts a proposal: as a new claim (createClaim with its appearance) or as a new appearance of
 * an existing claim (addAppearance), anchored to the proposal's words; the proposal records what
 * it became. Refused without change when the proposal was decided or edited meanwhile.
 */
export async function acceptProposal(ctx: WriteContext, input: AcceptProposalInput) {
  const { id, version, newClaim, claimId, chain, translation, note } = parseInput(acceptProposalInput, input);
  return transaction(ctx.prisma, async (tx) => {
    const before = await pendingProposal(tx, id, version);
    const inner: WriteContext = { prisma: tx as unknown as PrismaClient, actor: ctx.actor };
    const appearance = {
      reportId: before.reportId,
      anchor: { exact: before.exact, start: before.start, end: before.end, prefix: before.prefix, suffix: before.suffix },
      chain: chain ?? knownChainOf(before.chain),
      credibility: before.credibility,
      translation: translation ?? null,
    };
    let appearanceId: string;
    let acceptedClaimId: string;
    if (newClaim) {
      const claim = await createClaim(inner, {
        ...newClaim,
        claimed: formatPartialDate(newClaim.claimed ?? { start: before.report.publishedOn, precision: before.report.publishedPrecision }),
        credibility: newClaim.credibility ?? before.credibility,
        resolvableBy: newClaim.resolvableBy ? formatPartialDate(newClaim.resolvableBy) : null,
        appearance,
      });
      acceptedClaimId = claim.id;
      appearanceId = claim.appearances[0]!.id;
    } else {
      const added = await addAppearanceIn(tx, ctx.actor, { ...appearance, claimId: claimId! });
      acceptedClaimId = added.claimId;
      appearanceId = added.id;
    }
    return decide(tx, ctx.actor, before, { status: 'ACCEPTED', claimId: acceptedClaimId, appearanceId, decisionNote: note ?? null });
  });
}

/** Rejects a proposal; the same words in the same report are never proposed again. */
export async function rejectProposal(ctx: WriteContext, input: RejectProposalInput) {
  const { id, version, note } = parseInput(rejectProposalInput, input);
  return transaction(ctx.prisma, async (tx) => {
    const before = await pendingProposal(tx, id, version);
    return decide(tx, ctx.actor, before, { status: 'REJECTED', claimId: null, appearanceId: null, decisionNote: note ?? null });
  });
}

type PendingProposal = Awaited<ReturnType<typeof pendingProposal>>;

/** The proposal, locked, refused unless it is still at the version read and still undecided. */
async function pendingProposal(tx: Tx, id: string, version: number) {
  await tx.$executeRaw`SELECT 1 FROM "Proposal" WHERE id = ${id}::uuid FOR UPDATE`;
  const proposal = await tx.proposal.findUnique({
    where: { id },
    include: { report: { select: { publishedOn: true, publishedPrecision: true, hiddenAt: true } } },
  });
  if (!proposal) throw new NotFoundError('Proposal', id, 'id');
  if (proposal.version !== version) throw new ConflictError('Proposal', id, version, proposal.version);
  if (proposal.status !== 'PENDING') {
    throw new ValidationError([{ field: 'id', message: `proposal ${id} is already ${proposal.status.toLowerCase()}` }]);
  }
  await requireVisible(tx, 'Report', 'id', [proposal.reportId]);
  return proposal;
}

async function decide(
  tx: Tx,
  actor: string,
  before: PendingProposal,
  decision: { status: 'ACCEPTED' | 'REJECTED'; claimId: string | null; appearanceId: string | null; decisionNote: string | null },
) {
  const { report: _report, ...beforeRow } = before;
  const after = await tx.proposal.update({
    where: { id: before.id },
    data: { ...decision, decidedBy: actor, decidedAt: new Date(), version: { increment: 1 } },
  });
  await recordRevision(tx, { entityType: 'Proposal', entityId: before.id, action: 'UPDATE', before: beforeRow, after, actor });
  return after;
}

/** The chain's links that name a known source or actor, nearest the report first. */
function knownChainOf(snapshot: unknown): { sourceId: string | null; actorId: string | null; relation: string | null }[] {
  const links = Array.isArray(snapshot) ? (snapshot as { sourceId?: string | null; actorId?: string | null; role?: string }[]) : [];
  return links
    .filter((link) => Boolean(link.sourceId) !== Boolean(link.actorId))
    .map((link) => ({ sourceId: link.sourceId ?? null, actorId: link.actorId ?? null, relation: link.role ?? null }));
}
