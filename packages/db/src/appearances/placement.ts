// Placing an anchor in a stored report's body, with errors that name the input's own fields.
import { NotFoundError, ValidationError } from '../shared/errors';
import type { Tx } from '../shared/revisions';
import { AnchorError, locateAnchor, type Anchor } from './anchor';
import type { AnchorInput } from './inputs';

export interface PlacementOptions {
  /** Where the anchor's parent sits in the caller's input ('' at the top, 'evidence.0' in a list). */
  field: string;
  /** The input field blamed when the report is not found; default `reportId` beside the anchor. */
  reportField?: string;
  /** Place it in a hidden report too (an appearance moving within its own report). */
  includeHidden?: boolean;
}

/** Reads the report and places the anchor in its body, or explains why it cannot be placed. */
export async function anchorInReport(tx: Tx, reportId: string, anchor: AnchorInput, options: PlacementOptions): Promise<Anchor> {
  const at = (name: string) => (options.field ? `${options.field}.${name}` : name);
  const report = await tx.report.findFirst({
    where: { id: reportId, ...(options.includeHidden ? {} : { hiddenAt: null }) },
    select: { body: true },
  });
  if (!report) throw new NotFoundError('Report', reportId, options.reportField ?? at('reportId'));
  try {
    return locateAnchor(report.body, anchor);
  } catch (error) {
    if (error instanceof AnchorError) {
      throw new ValidationError([{ field: at(`anchor.${error.field}`), message: error.message }]);
    }
    throw error;
  }
}
