// Quotation marks in German and English texts: „…“, „…”, “…”, »…«, «…», "…". A German closing
// mark (“) is the English opening one, so what a mark means depends on whether a quotation is open.
import type { Span } from './types';

const CLOSERS: Record<string, string> = {
  '„': '“”',
  '“': '”“',
  '»': '«',
  '«': '»',
  '"': '"',
};

export interface QuoteSpan extends Span {
  /** The words inside the marks (start after the opening mark, end before the closing one). */
  inner: Span;
  /** False when the text ends before the quotation is closed. */
  closed: boolean;
}

/** The quotations of a text in order; one still open at the end runs to the end. */
export function findQuotes(text: string, from = 0, to = text.length): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let open: { at: number; closers: string } | null = null;
  for (let i = from; i < to; i++) {
    const ch = text[i]!;
    if (open) {
      if (open.closers.includes(ch)) {
        quotes.push({ start: open.at, end: i + 1, inner: { start: open.at + 1, end: i }, closed: true });
        open = null;
      }
    } else if (ch in CLOSERS) {
      open = { at: i, closers: CLOSERS[ch]! };
    }
  }
  if (open) quotes.push({ start: open.at, end: to, inner: { start: open.at + 1, end: to }, closed: false });
  return quotes;
}

/** Whether a quotation is still open at the end of text.slice(from, to). */
export function endsInsideQuote(text: string, from: number, to: number): boolean {
  return findQuotes(text, from, to).some((q) => !q.closed);
}

export function isInside(span: Span, at: number): boolean {
  return span.start <= at && at < span.end;
}
