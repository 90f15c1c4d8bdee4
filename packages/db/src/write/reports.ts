import crypto from 'node:crypto';
import { parseInput, NotFoundError } from './errors';
import { reportInput, type ReportInput } from './inputs';
import { transaction, type WriteContext } from './common';
import { recordRevision } from './revision';

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
    if (data.previousVersionId && !(await tx.report.findUnique({ where: { id: data.previousVersionId } }))) {
      throw new NotFoundError('Report', data.previousVersionId, 'previousVersionId');
    }
    const report = await tx.report.create({
      data: { ...data, contentHash: hash, publishedOn: published.start, publishedPrecision: published.precision },
    });
    await recordRevision(tx, { entityType: 'Report', entityId: report.id, action: 'CREATE', after: report, actor: ctx.actor });
    return { report, created: true };
  });
}
