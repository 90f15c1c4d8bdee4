// Places each claim's words in the report text by the appearance's stored offsets. An anchor is
// drawn only when its offsets still cut exactly its quote out of the body; otherwise it is
// reported as lost, never re-attached by guessing. Where two anchors overlap, the earlier one is
// drawn and the later one is listed beside the text instead.

export interface Anchor {
  start: number | null | undefined;
  end: number | null | undefined;
  exact: string | null | undefined;
  status: string | null | undefined;
}

type Piece =
  | { kind: 'text'; text: string }
  /** `first` is the piece that carries the control; a highlight split across paragraphs continues in others. */
  | { kind: 'highlight'; text: string; anchor: number; first: boolean };

export interface Paragraph {
  start: number;
  pieces: Piece[];
}

interface Unplaced {
  anchor: number;
  reason: 'lost' | 'overlap';
}

export interface PlacedText {
  paragraphs: Paragraph[];
  /** Anchors (by index into the input) that are not drawn in the text, and why. */
  unplaced: Unplaced[];
}

interface Span {
  anchor: number;
  start: number;
  end: number;
}

export function placeHighlights(body: string, anchors: readonly Anchor[]): PlacedText {
  const unplaced: Unplaced[] = [];
  const candidates: Span[] = [];
  anchors.forEach((a, anchor) => {
    const { start, end } = a;
    const intact = a.status === 'OK' && start != null && end != null && end > start && body.slice(start, end) === a.exact;
    if (intact) candidates.push({ anchor, start, end });
    else unplaced.push({ anchor, reason: 'lost' });
  });
  candidates.sort((x, y) => x.start - y.start || x.anchor - y.anchor);

  const spans: Span[] = [];
  for (const span of candidates) {
    const previous = spans.at(-1);
    if (previous && span.start < previous.end) unplaced.push({ anchor: span.anchor, reason: 'overlap' });
    else spans.push(span);
  }
  unplaced.sort((x, y) => x.anchor - y.anchor);

  const seen = new Set<number>();
  const paragraphs = paragraphRanges(body).map(([start, end]) => ({
    start,
    pieces: piecesOf(body, start, end, spans, seen),
  }));
  return { paragraphs, unplaced };
}

/** [start, end) of each paragraph: text between blank lines, never empty. */
function paragraphRanges(body: string): [number, number][] {
  const ranges: [number, number][] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let match = separator.exec(body); match; match = separator.exec(body)) {
    if (match.index > start) ranges.push([start, match.index]);
    start = match.index + match[0].length;
  }
  if (body.length > start) ranges.push([start, body.length]);
  return ranges;
}

function piecesOf(body: string, start: number, end: number, spans: readonly Span[], seen: Set<number>): Piece[] {
  const pieces: Piece[] = [];
  let at = start;
  for (const span of spans) {
    if (span.end <= start || span.start >= end) continue;
    const from = Math.max(span.start, start);
    const to = Math.min(span.end, end);
    if (from > at) pieces.push({ kind: 'text', text: body.slice(at, from) });
    pieces.push({ kind: 'highlight', text: body.slice(from, to), anchor: span.anchor, first: !seen.has(span.anchor) });
    seen.add(span.anchor);
    at = to;
  }
  if (end > at) pieces.push({ kind: 'text', text: body.slice(at, end) });
  return pieces;
}
