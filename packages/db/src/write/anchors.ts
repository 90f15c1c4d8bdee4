import { AnchorError, locateAnchor, type Anchor } from '../domain/anchor';
import { NotFoundError, ValidationError } from './errors';
import type { AnchorInput } from './inputs';
import type { Tx } from './revision';

/** Reads the report and places the anchor in its body, or explains why it cannot be placed. */
export async function anchorInReport(tx: Tx, reportId: string, anchor: AnchorInput, field: string): Promise<Anchor> {
  const report = await tx.report.findFirst({ where: { id: reportId, hiddenAt: null }, select: { body: true } });
  if (!report) throw new NotFoundError('Report', reportId, `${field}.reportId`);
  try {
    return locateAnchor(report.body, anchor);
  } catch (error) {
    if (error instanceof AnchorError) {
      throw new ValidationError([{ field: `${field}.anchor.${error.field}`, message: error.message }]);
    }
    throw error;
  }
}
