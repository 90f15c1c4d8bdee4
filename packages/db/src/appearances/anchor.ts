// Quote anchors in the W3C Web Annotation style: the exact words, some context on each side and
// offsets into a stored report body. An anchor is never re-attached by guessing: when the body no
// longer holds the quote at its offsets, the anchor is "lost" and says so.

export interface Anchor {
  exact: string;
  prefix: string;
  suffix: string;
  /** UTF-16 code-unit offsets (JavaScript string indices); end is exclusive. */
  start: number;
  end: number;
}

export interface AnchorRequest {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

export type AnchorStatus = 'OK' | 'LOST';

export const CONTEXT_LENGTH = 32;

export class AnchorError extends Error {
  constructor(
    readonly field: 'exact' | 'start' | 'end' | 'prefix' | 'suffix',
    message: string,
  ) {
    super(message);
    this.name = 'AnchorError';
  }
}

/**
 * Finds the quote in the body: at the given offsets when they are given (and then they must cut
 * out exactly the quote), otherwise as the one place where prefix + exact + suffix occur.
 */
export function locateAnchor(body: string, request: AnchorRequest): Anchor {
  const { exact } = request;
  let start: number;
  if (request.start !== undefined || request.end !== undefined) {
    start = request.start ?? (request.end ?? 0) - exact.length;
    const end = request.end ?? start + exact.length;
    if (start < 0 || end > body.length || end <= start) {
      throw new AnchorError('end', `offsets ${start}..${end} lie outside the report body, which has ${body.length} characters`);
    }
    const found = body.slice(start, end);
    if (found !== exact) {
      throw new AnchorError('exact', `the body holds "${abbreviate(found)}" at ${start}..${end}, not the quote "${abbreviate(exact)}"`);
    }
  } else {
    start = findUnique(body, request);
  }
  const anchor = withContext(body, start, start + exact.length);
  if (request.prefix !== undefined && !anchor.prefix.endsWith(request.prefix.slice(-CONTEXT_LENGTH))) {
    throw new AnchorError('prefix', `the text before the quote is "${anchor.prefix}", which does not end with the given prefix`);
  }
  if (request.suffix !== undefined && !anchor.suffix.startsWith(request.suffix.slice(0, CONTEXT_LENGTH))) {
    throw new AnchorError('suffix', `the text after the quote is "${anchor.suffix}", which does not start with the given suffix`);
  }
  return anchor;
}

/** Whether the anchor still cuts its quote out of the body. */
export function anchorStatus(body: string, anchor: Pick<Anchor, 'exact' | 'start' | 'end'>): AnchorStatus {
  return body.slice(anchor.start, anchor.end) === anchor.exact ? 'OK' : 'LOST';
}

function findUnique(body: string, { exact, prefix = '', suffix = '' }: AnchorRequest): number {
  const needle = prefix + exact + suffix;
  const first = body.indexOf(needle);
  if (first === -1) {
    throw new AnchorError(
      'exact',
      `the quote "${abbreviate(exact)}" does not occur in the report body${prefix || suffix ? ' with that prefix and suffix' : ''}`,
    );
  }
  if (body.indexOf(needle, first + 1) !== -1) {
    throw new AnchorError(
      'exact',
      `the quote "${abbreviate(exact)}" occurs more than once in the report body: give a prefix, a suffix or offsets`,
    );
  }
  return first + prefix.length;
}

function withContext(body: string, start: number, end: number): Anchor {
  return {
    exact: body.slice(start, end),
    prefix: body.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: body.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

function abbreviate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
