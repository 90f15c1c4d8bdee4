// Quote anchors for the sample data, on top of the domain's anchoring: an anchor is found once,
// exactly, and never re-found by guessing. The sample data may also pick the n-th occurrence of
// a quote, which the domain's `locateAnchor` leaves to explicit offsets.
import { anchorStatus, locateAnchor, type Anchor } from '../domain/anchor';

export type QuoteAnchor = Anchor;

export interface AnchorOptions {
  /** Text that immediately precedes the quote, to tell several occurrences apart. */
  prefix?: string;
  /** Which occurrence (after the prefix, if one is given) to take: 0 for the first. */
  occurrence?: number;
}

/**
 * The quote's offsets (UTF-16, end exclusive) and up to 32 characters of context on each side.
 * Throws an Error naming the quote when it is absent or occurs more than once.
 */
export function anchorQuote(body: string, exact: string, options: AnchorOptions = {}): QuoteAnchor {
  if (exact.length === 0) throw new Error('cannot anchor an empty quote');
  const { prefix, occurrence } = options;
  if (occurrence === undefined) return locateAnchor(body, { exact, prefix });
  const needle = (prefix ?? '') + exact;
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) {
    at = body.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`the quote "${exact}" occurs ${seen} time(s) in the report body; occurrence ${occurrence} does not exist`);
  }
  return locateAnchor(body, { exact, start: at + (prefix ?? '').length });
}

/** 'lost' when the offsets no longer cut the quote out of the body. */
export function verifyAnchor(body: string, anchor: Pick<QuoteAnchor, 'exact' | 'start' | 'end'>): 'ok' | 'lost' {
  return anchorStatus(body, anchor) === 'OK' ? 'ok' : 'lost';
}
