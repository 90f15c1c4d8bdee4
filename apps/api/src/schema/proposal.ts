// Ingest's proposals: a report's text in (ingestReport), candidate claims out, each anchored,
// attributed and matched to the graph; an editor accepts one as a new claim or as a new
// appearance of an existing claim, or rejects it. The pipeline's findings are snapshots (Json in
// the database); the ids in them resolve to the graph's nodes as they are now.
import { ProposalStatus } from '@claimgraph/db';
import { acceptProposal, ingestReport, rejectProposal, type ClaimMatch } from '@claimgraph/db/proposals';
import { findManyJson } from '@claimgraph/db/json-reads';
import { builder } from '../builder';
import { prismaFor, type Context } from '../context';
import { paged } from '../paging';
import { idOf, idsOf, present, writeContext } from '../writes';
import { ActorNode } from './actor';
import { QuoteRef, quoteSelect } from './anchor-fields';
import { AppearanceNode } from './appearance';
import { ClaimKindEnum, ClaimNode, CredibilityEnum } from './claim';
import { ChainLinkInput, chainFromInput } from './inputs';
import { ReportNode } from './report';
import { SourceNode } from './source';

const ProposalStatusEnum = builder.enumType(ProposalStatus, { name: 'ProposalStatus' });
const EvidenceSuggestionEnum = builder.enumType('EvidenceSuggestionKind', { values: ['CONFIRMS', 'REFUTES'] as const });

const claimById = (ctx: Context, id: string | null | undefined) =>
  id ? prismaFor(ctx).claim.findFirst({ where: { id, hiddenAt: null } }) : null;
const actorById = (ctx: Context, id: string | null | undefined) =>
  id ? prismaFor(ctx).actor.findFirst({ where: { id, hiddenAt: null } }) : null;
const sourceById = (ctx: Context, id: string | null | undefined) =>
  id ? prismaFor(ctx).source.findFirst({ where: { id, hiddenAt: null } }) : null;

interface ClaimantSnapshot {
  name: string;
  actorId: string | null;
}
interface ChainSnapshot {
  name: string;
  sourceId: string | null;
  actorId: string | null;
  role: string;
}

const ProposedClaimant = builder.objectRef<ClaimantSnapshot>('ProposedClaimant').implement({
  description: 'Who made the claim, as the words say; actor is null for a name the graph does not know (proposed as new).',
  fields: (t) => ({
    name: t.exposeString('name'),
    actor: t.field({ type: ActorNode, nullable: true, resolve: (c, _args, ctx) => actorById(ctx, c.actorId) }),
  }),
});

const ProposedChainLink = builder.objectRef<ChainSnapshot>('ProposedChainLink').implement({
  description: 'One link of the attribution chain the words give, nearest the report first; source and actor are null for a new name.',
  fields: (t) => ({
    name: t.exposeString('name'),
    role: t.exposeString('role', { description: 'cited, first-publisher, carrier, document, unattributed or speaker.' }),
    source: t.field({ type: SourceNode, nullable: true, resolve: (l, _args, ctx) => sourceById(ctx, l.sourceId) }),
    actor: t.field({ type: ActorNode, nullable: true, resolve: (l, _args, ctx) => actorById(ctx, l.actorId) }),
  }),
});

const MatchParts = builder.objectRef<ClaimMatch['parts']>('MatchParts').implement({
  description: 'What a match score is made of, each 0..1; null where there was nothing to compare.',
  fields: (t) => ({
    text: t.exposeFloat('text', { description: 'Trigram similarity of the words: the claim statement or a quote in the same language.' }),
    actors: t.exposeFloat('actors', { nullable: true, description: 'Known actors shared (Jaccard).' }),
    numbers: t.exposeFloat('numbers', { nullable: true, description: "Share of the candidate's figures the claim has too." }),
    dates: t.exposeFloat('dates', { nullable: true, description: 'Whether the claim was made when the words (or their report) say.' }),
  }),
});

const ProposalMatch = builder.objectRef<ClaimMatch>('ProposalMatch').implement({
  description: 'A claim the graph holds that the proposal may repeat, best first.',
  fields: (t) => ({
    claim: t.field({ type: ClaimNode, nullable: true, resolve: (m, _args, ctx) => claimById(ctx, m.claim.id) }),
    statement: t.string({ description: "The claim's statement when matched.", resolve: (m) => m.claim.statement }),
    score: t.exposeFloat('score'),
    parts: t.field({ type: MatchParts, resolve: (m) => m.parts }),
    appearance: t.field({
      type: AppearanceNode,
      nullable: true,
      description: 'The appearance whose quote read most alike; null when the statement did.',
      resolve: (m, _args, ctx) =>
        m.via.kind === 'appearance' ? prismaFor(ctx).appearance.findFirst({ where: { id: m.via.appearanceId, hiddenAt: null } }) : null,
    }),
  }),
});

const EvidenceSuggestion = builder.objectRef<{ claimId: string; suggests: 'CONFIRMS' | 'REFUTES' }>('EvidenceSuggestion').implement({
  description: 'The words confirm or deny the best-matched claim: a hint for a resolution, never one.',
  fields: (t) => ({
    claim: t.field({ type: ClaimNode, nullable: true, resolve: (e, _args, ctx) => claimById(ctx, e.claimId) }),
    suggests: t.field({ type: EvidenceSuggestionEnum, resolve: (e) => e.suggests }),
  }),
});

const ProposalNode = builder.prismaNode('Proposal', {
  id: { field: 'id' },
  nullable: true,
  description: "A claim ingest found in a report's words, waiting for an editor's decision.",
  fields: (t) => ({
    status: t.expose('status', { type: ProposalStatusEnum }),
    version: t.exposeInt('version'),
    report: t.relation('report'),
    quote: t.field({ type: QuoteRef, select: quoteSelect, resolve: (p) => p }),
    statement: t.exposeString('statement', { description: 'A draft English statement; non-English words are marked [untranslated xx].' }),
    cue: t.exposeString('cue', { description: 'The words that made the rule fire.' }),
    rule: t.exposeString('rule', { description: 'The rule that proposed it, e.g. "de.so-die".' }),
    credibility: t.expose('credibility', { type: CredibilityEnum }),
    credibilityCue: t.exposeString('credibilityCue', {
      nullable: true,
      description: 'The hedging or confirming words that decided the grade.',
    }),
    claimants: t.field({ type: [ProposedClaimant], resolve: (p) => p.claimants as unknown as ClaimantSnapshot[] }),
    chain: t.field({ type: [ProposedChainLink], resolve: (p) => p.chain as unknown as ChainSnapshot[] }),
    matches: t.field({
      type: [ProposalMatch],
      description: 'At most 5, best first.',
      resolve: (p) => p.matches as unknown as ClaimMatch[],
    }),
    evidence: t.field({
      type: EvidenceSuggestion,
      nullable: true,
      resolve: (p) => (p.evidence ?? null) as { claimId: string; suggests: 'CONFIRMS' | 'REFUTES' } | null,
    }),
    claim: t.relation('claim', { nullable: true, description: 'What an accepted proposal became or joined.' }),
    appearance: t.relation('appearance', { nullable: true }),
    decidedBy: t.exposeString('decidedBy', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    decisionNote: t.exposeString('decisionNote', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryField('proposals', (t) =>
  t.prismaConnection({
    type: 'Proposal',
    cursor: 'id',
    ...paged(50, 200),
    description: "A report's proposals in the order of its text.",
    args: {
      reportId: t.arg.globalID({ required: true, for: ReportNode }),
      status: t.arg({ type: ProposalStatusEnum, required: false }),
    },
    totalCount: (_root, args, ctx) => prismaFor(ctx).proposal.count({ where: proposalsWhere(args) }),
    resolve: (query, _root, args, ctx) => {
      const prisma = prismaFor(ctx);
      const reads = { ...query, where: proposalsWhere(args), orderBy: [{ start: 'asc' as const }, { id: 'asc' as const }] };
      return findManyJson(prisma, 'Proposal', reads, (a) => prisma.proposal.findMany(a));
    },
  }),
);

function proposalsWhere({ reportId, status }: { reportId: { id: string }; status?: ProposalStatus | null }) {
  return { reportId: reportId.id, report: { hiddenAt: null }, ...(status ? { status } : {}) };
}

const IngestReportInput = builder.inputType('IngestReportInput', {
  fields: (t) => ({
    body: t.string({ required: true, description: 'The full text, UTF-8, at most 2 MB by default.' }),
    title: t.string({ required: false, description: "The text's first line when not given." }),
    url: t.string({ required: false }),
    publisherId: t.globalID({ required: false, for: SourceNode }),
    language: t.string({ required: false, description: '"de" or "en"; detected when not given.' }),
    published: t.string({
      required: false,
      description: 'YYYY, YYYY-MM or YYYY-MM-DD; required (the field is optional only so that its absence is named).',
    }),
  }),
});

type IngestResult = Awaited<ReturnType<typeof ingestReport>>;

const IngestReportPayload = builder.objectRef<IngestResult>('IngestReportPayload').implement({
  fields: (t) => ({
    report: t.field({ type: ReportNode, resolve: (r) => r.report }),
    created: t.exposeBoolean('created', { description: 'False when the same text was stored before: the same report, no proposal twice.' }),
    proposals: t.field({
      type: [ProposalNode],
      description: "All the report's proposals, in text order, whatever their status.",
      resolve: (r) => r.proposals,
    }),
  }),
});

builder.mutationField('ingestReport', (t) =>
  t.field({
    type: IngestReportPayload,
    authScopes: { editor: true },
    args: { input: t.arg({ type: IngestReportInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      ingestReport(writeContext(ctx), present({ ...input, publisherId: idOf(input.publisherId) }) as Parameters<typeof ingestReport>[1]),
  }),
);

const NewClaimFromProposalInput = builder.inputType('NewClaimFromProposalInput', {
  fields: (t) => ({
    statement: t.string({ required: true, description: 'The claim in English, as the editor words it.' }),
    kind: t.field({ type: ClaimKindEnum, required: true }),
    claimed: t.string({ required: false, description: "When the claim was made; the report's date when not given." }),
    credibility: t.field({ type: CredibilityEnum, required: false, description: "The proposal's grade when not given." }),
    claimantIds: t.globalIDList({ required: false, for: ActorNode }),
    subjectIds: t.globalIDList({ required: false, for: ActorNode }),
    resolutionCriteria: t.string({ required: false }),
    resolvableBy: t.string({ required: false }),
  }),
});

const AcceptProposalInput = builder.inputType('AcceptProposalInput', {
  description: 'Exactly one of newClaim (a new claim) and claimId (a new appearance of that claim).',
  fields: (t) => ({
    id: t.globalID({ required: true, for: ProposalNode }),
    version: t.int({ required: true }),
    newClaim: t.field({ type: NewClaimFromProposalInput, required: false }),
    claimId: t.globalID({ required: false, for: ClaimNode }),
    chain: t.field({ type: [ChainLinkInput], required: false, description: "The proposal's known links when not given." }),
    translation: t.string({ required: false }),
    note: t.string({ required: false }),
  }),
});

builder.mutationField('acceptProposal', (t) =>
  t.prismaField({
    type: 'Proposal',
    authScopes: { editor: true },
    args: { input: t.arg({ type: AcceptProposalInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const { newClaim } = input;
      const accepted = await acceptProposal(
        writeContext(ctx),
        present({
          ...input,
          id: input.id.id,
          claimId: idOf(input.claimId),
          chain: chainFromInput(input.chain),
          newClaim: newClaim
            ? present({ ...newClaim, claimantIds: idsOf(newClaim.claimantIds), subjectIds: idsOf(newClaim.subjectIds) })
            : undefined,
        }),
      );
      return prismaFor(ctx).proposal.findUniqueOrThrow({ ...query, where: { id: accepted.id } });
    },
  }),
);

const RejectProposalInput = builder.inputType('RejectProposalInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: ProposalNode }),
    version: t.int({ required: true }),
    note: t.string({ required: false, description: 'Why; kept with the decision.' }),
  }),
});

builder.mutationField('rejectProposal', (t) =>
  t.prismaField({
    type: 'Proposal',
    authScopes: { editor: true },
    args: { input: t.arg({ type: RejectProposalInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const rejected = await rejectProposal(writeContext(ctx), present({ ...input, id: input.id.id }));
      return prismaFor(ctx).proposal.findUniqueOrThrow({ ...query, where: { id: rejected.id } });
    },
  }),
);
