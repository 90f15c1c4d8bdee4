// The editor's queue: reports whose proposals wait for a decision, newest ingest first.
import { builder } from '../builder';
import { prismaFor } from '../context';
import { ReportNode } from './report';

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
