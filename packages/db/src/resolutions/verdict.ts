// A claim's verdict is never a field: it is read off its append-only resolution log.
import type { Verdict } from '../../generated/prisma/enums';

export interface ResolutionEntry {
  id: string;
  verdict: Verdict;
  effectiveOn: Date;
  recordedAt: Date;
  /** The resolution this one corrects, if any. */
  correctsId: string | null;
}

/**
 * The resolutions in force at `asOf` (default: now), oldest first: effective by then and not
 * replaced by a correction effective by then. `asOf` reads the world's clock (when a verdict
 * took effect), not ClaimGraph's (when it was recorded: see the revision log).
 */
export function resolutionsInForce<T extends ResolutionEntry>(resolutions: readonly T[], asOf?: Date): T[] {
  const known = resolutionsEffectiveBy(resolutions, asOf);
  const corrected = new Set(known.map((r) => r.correctsId).filter((id): id is string => id !== null));
  return known.filter((r) => !corrected.has(r.id));
}

/** The whole log effective by `asOf` (default: now), corrected entries included, oldest first. */
export function resolutionsEffectiveBy<T extends ResolutionEntry>(resolutions: readonly T[], asOf?: Date): T[] {
  const known = asOf ? resolutions.filter((r) => r.effectiveOn.getTime() <= asOf.getTime()) : [...resolutions];
  return known.sort(byEffectiveThenRecorded);
}

/** The latest resolution in force at `asOf`, or null when nothing was recorded yet. */
export function currentResolution<T extends ResolutionEntry>(resolutions: readonly T[], asOf?: Date): T | null {
  return resolutionsInForce(resolutions, asOf).at(-1) ?? null;
}

/** The verdict at `asOf`; a claim with no resolution in force is OPEN. */
export function currentVerdict(resolutions: readonly ResolutionEntry[], asOf?: Date): Verdict {
  return currentResolution(resolutions, asOf)?.verdict ?? 'OPEN';
}

function byEffectiveThenRecorded(a: ResolutionEntry, b: ResolutionEntry): number {
  return a.effectiveOn.getTime() - b.effectiveOn.getTime() || a.recordedAt.getTime() - b.recordedAt.getTime();
}
