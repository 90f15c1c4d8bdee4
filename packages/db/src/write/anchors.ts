import { AnchorError, locateAnchor, type Anchor } from '../domain/anchor';
import { NotFoundError, ValidationError } from './errors';
import type { AnchorInput } from './inputs';
import type { Tx } from './revision';

/**
 * Reads the report and places the anchor in its body, or explains why it cannot be placed.
 * `field` is where the input sits ('' at the top, 'evidence.0' in a list), for error paths.
 */
export async function anchorInReport(tx: Tx, reportId: string, anchor: AnchorInput, field: string): Promise<Anchor> {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const report = await tx.report.findFirst({ where: { id: reportId, hiddenAt: null }, select: { body: true } });
  if (!report) throw new NotFoundError('Report', reportId, at('reportId'));
  try {
    return locateAnchor(report.body, anchor);
  } catch (error) {
    if (error instanceof AnchorError) {
      throw new ValidationError([{ field: at(`anchor.${error.field}`), message: error.message }]);
    }
    throw error;
  }
}
