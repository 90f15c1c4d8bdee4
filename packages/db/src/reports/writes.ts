// Storing reports (one per text: the content hash is their identity) and editing their metadata.
import crypto from 'node:crypto';
import { parseInput, NotFoundError, ValidationError } from '../shared/errors';
import { recordRevision, type Tx } from '../shared/revisions';
import { transaction, type WriteContext } from '../shared/transaction';
import { applyVersioned, NEXT_VERSION, parseUpdate } from '../shared/versioned';
import { requireVisible } from '../shared/visible';
import { reportInput, reportUpdate, type ReportInput, type ReportUpdate } from './inputs';

export function contentHash(body: string): string {
  return crypto.createHash('sha256').update(body, 'utf8').digest('hex');
}

/**
 * Stores a report. The same body stored twice is one report: the existing one comes back with
 * `created: false` and nothing is written.
 */
export async function createReport(ctx: WriteContext, input: ReportInput) {
  const { published, ...data } = parseInput(reportInput, input);
  const hash = contentHash(data.body);
  return transaction(ctx.prisma, async (tx) => {
    const existing = await tx.report.findUnique({ where: { contentHash: hash } });
    if (existing) return { report: existing, created: false };
    await requireVisible(tx, 'Source', 'publisherId', [data.publisherId]);
    if (data.previousVersionId) await requireLatestVersion(tx, data.previousVersionId);
    const report = await tx.report.create({
      data: { ...data, contentHash: hash, publishedOn: published.start, publishedPrecision: published.precision },
    });
    await recordRevision(tx, { entityType: 'Report', entityId: report.id, action: 'CREATE', after: report, actor: ctx.actor });
    return { report, created: true };
  });
}

/**
 * A new version must continue the latest version of its story: versions form one line, and a
 * second successor of the same report would fork it.
 */
async function requireLatestVersion(tx: Tx, previousVersionId: string): Promise<void> {
  // Lock the predecessor so that two new versions of it cannot both pass this check.
  await tx.$executeRaw`SELECT 1 FROM "Report" WHERE id = ${previousVersionId}::uuid FOR UPDATE`;
  const previous = await tx.report.findUnique({ where: { id: previousVersionId }, select: { nextVersion: { select: { id: true } } } });
  if (!previous) throw new NotFoundError('Report', previousVersionId, 'previousVersionId');
  if (!previous.nextVersion) return;
  let latest = previous.nextVersion.id;
  for (let next = await nextVersionOf(tx, latest); next; next = await nextVersionOf(tx, latest)) latest = next;
  throw new ValidationError([
    {
      field: 'previousVersionId',
      message: `report ${previousVersionId} already has a newer version, ${previous.nextVersion.id}; the latest version of this story is ${latest}: name that one as previousVersionId`,
    },
  ]);
}

async function nextVersionOf(tx: Tx, reportId: string): Promise<string | undefined> {
  const report = await tx.report.findUnique({ where: { id: reportId }, select: { nextVersion: { select: { id: true } } } });
  return report?.nextVersion?.id;
}

/**
 * Edits a report's metadata. The body never changes (a changed text is a new report naming this
 * one as its previousVersionId), so it is left out of the result and of the revision log.
 */
export async function updateReport(ctx: WriteContext, input: ReportUpdate) {
  const { id, version, ...update } = parseUpdate(reportUpdate, input);
  const { published, body: _body, ...data } = update;
  return applyVersioned(ctx, {
    entity: 'Report',
    id,
    version,
    action: 'UPDATE',
    read: (tx) => tx.report.findUnique({ where: { id }, omit: { body: true } }),
    check: async (tx) => {
      if (!data.publisherId) return;
      await requireVisible(tx, 'Source', 'publisherId', [data.publisherId]);
    },
    write: (tx, where) =>
      tx.report.updateMany({
        where,
        data: { ...data, ...(published && { publishedOn: published.start, publishedPrecision: published.precision }), ...NEXT_VERSION },
      }),
  });
}
