// The editor's queue: reports whose proposals wait for a decision, newest ingest first; and the
// names inside a proposal's words, the subjects an editor may give the claim it becomes.
import { builder } from '../builder';
import { prismaFor } from '../context';
import { ActorNode } from './actor';
import { ReportNode } from './report';

interface NameSnapshot {
  name: string;
  id: string | null;
  kind: 'actor' | 'source' | null;
  hint?: string;
}

const ProposedName = builder.objectRef<NameSnapshot>('ProposedName').implement({
  description: "A name inside the proposal's words, as ingest recognised it: a likely subject of the claim.",
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The words as the text has them.' }),
    hint: t.string({
      nullable: true,
      description: 'For a name the graph does not know: person, organisation, outlet or source.',
      resolve: (n) => n.hint ?? null,
    }),
    actor: t.field({
      type: ActorNode,
      nullable: true,
      description: 'The actor it names; null for a source or a name the graph does not know.',
      resolve: (n, _args, ctx) =>
        n.kind === 'actor' && n.id ? prismaFor(ctx).actor.findFirst({ where: { id: n.id, hiddenAt: null } }) : null,
    }),
  }),
});

builder.prismaObjectField('Proposal', 'names', (t) =>
  t.field({
    type: [ProposedName],
    select: { names: true },
    description: "Names inside the proposal's words, in text order.",
    resolve: (proposal) => proposal.names as unknown as NameSnapshot[],
  }),
);

interface QueueRow {
  reportId: string;
  pending: number;
  evidence: number;
  latest: Date;
}

const ReviewQueueItem = builder.objectRef<QueueRow>('ReviewQueueItem').implement({
  description: 'A report with proposals waiting for an editor.',
  fields: (t) => ({
    report: t.field({
      type: ReportNode,
      resolve: (row, _args, ctx) => prismaFor(ctx).report.findUniqueOrThrow({ where: { id: row.reportId } }),
    }),
    pendingCount: t.exposeInt('pending', { description: 'Proposals still PENDING.' }),
    evidenceCount: t.exposeInt('evidence', {
      description: 'Of those, how many suggest evidence (confirming or refuting a known claim).',
    }),
    latestProposalAt: t.expose('latest', { type: 'DateTime', description: 'When the newest of them was proposed.' }),
  }),
});

builder.queryField('reviewQueue', (t) =>
  t.field({
    type: [ReviewQueueItem],
    description: 'Reports (not hidden) with pending proposals, the most recently ingested first.',
    args: { first: t.arg.int({ required: false, description: 'At most 50; 20 when left out.' }) },
    resolve: (_root, { first }, ctx) => {
      const take = Math.max(0, Math.min(first ?? 20, 50));
      return prismaFor(ctx).$queryRaw<QueueRow[]>`
        SELECT p."reportId"::text AS "reportId", count(*)::int AS pending, count(p.evidence)::int AS evidence,
               max(p."createdAt") AS latest
          FROM "Proposal" p JOIN "Report" r ON r.id = p."reportId"
         WHERE p.status = 'PENDING' AND r."hiddenAt" IS NULL
         GROUP BY p."reportId"
         ORDER BY latest DESC
         LIMIT ${take}`;
    },
  }),
);
