import { createReport, updateReport } from '@claimgraph/db/reports';
import { builder } from '../builder';
import { prismaFor } from '../context';
import { changes, idOf, writeContext, present } from '../writes';
import { ReportNode } from './report';
import { SourceNode } from './source';

const CreateReportInput = builder.inputType('CreateReportInput', {
  fields: (t) => ({
    title: t.string({ required: true }),
    body: t.string({ required: true, description: 'The full text in its original language.' }),
    language: t.string({ required: true, description: 'BCP 47 tag of the body, e.g. "de".' }),
    published: t.string({ required: true, description: 'As precise as known: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    url: t.string({ required: false }),
    alternateUrls: t.stringList({ required: false }),
    publisherId: t.globalID({ required: false, for: SourceNode }),
    isSummary: t.boolean({ required: false }),
    previousVersionId: t.globalID({ required: false, for: ReportNode, description: 'The report this text is a new version of.' }),
  }),
});

const CreateReportPayload = builder
  .objectRef<{ report: Awaited<ReturnType<typeof createReport>>['report']; created: boolean }>('CreateReportPayload')
  .implement({
    fields: (t) => ({
      report: t.field({ type: ReportNode, resolve: (p) => p.report }),
      created: t.exposeBoolean('created', {
        description: 'False when a report with the same text already existed; it is returned unchanged.',
      }),
    }),
  });

builder.mutationField('createReport', (t) =>
  t.field({
    type: CreateReportPayload,
    authScopes: { editor: true },
    args: { input: t.arg({ type: CreateReportInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      createReport(
        writeContext(ctx),
        present({ ...input, publisherId: idOf(input.publisherId), previousVersionId: idOf(input.previousVersionId) }),
      ),
  }),
);

const UpdateReportInput = builder.inputType('UpdateReportInput', {
  description: 'Metadata only: the text is never edited (store a changed text as a new report with previousVersionId).',
  fields: (t) => ({
    id: t.globalID({ required: true, for: ReportNode }),
    version: t.int({ required: true }),
    title: t.string({ required: false }),
    language: t.string({ required: false }),
    published: t.string({ required: false }),
    url: t.string({ required: false }),
    alternateUrls: t.stringList({ required: false }),
    publisherId: t.globalID({ required: false, for: SourceNode }),
    isSummary: t.boolean({ required: false }),
  }),
});

builder.mutationField('updateReport', (t) =>
  t.prismaField({
    type: 'Report',
    authScopes: { editor: true },
    args: { input: t.arg({ type: UpdateReportInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      // The write layer leaves the (possibly megabytes long) body out of what it returns; read
      // the report back with exactly what the client asked for.
      const updated = await updateReport(
        writeContext(ctx),
        changes({ ...input, id: input.id.id, publisherId: input.publisherId === undefined ? undefined : (input.publisherId?.id ?? null) }),
      );
      return prismaFor(ctx).report.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
);
