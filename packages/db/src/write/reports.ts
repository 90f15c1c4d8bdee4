import crypto from 'node:crypto';
import { parseInput, NotFoundError, ValidationError } from './errors';
import { reportInput, type ReportInput } from './inputs';
import { transaction, type WriteContext } from './common';
import { recordRevision, type Tx } from './revision';

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
    if (data.publisherId && !(await tx.source.findFirst({ where: { id: data.publisherId, hiddenAt: null } }))) {
      throw new NotFoundError('Source', data.publisherId, 'publisherId');
    }
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
