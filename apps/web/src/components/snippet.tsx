import type { ReactNode } from 'react';
import { snippetParts, type SnippetPart } from '../lib/snippet';

function render(parts: SnippetPart[]): ReactNode[] {
  return parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text));
}

/** A search snippet with the matching words marked; every part is rendered as text, never as HTML. */
export function Snippet({ snippet, lang }: { snippet: string; lang: string | null }) {
  return (
    <p className="snippet" lang={lang ?? undefined}>
      {render(snippetParts(snippet))}
    </p>
  );
}

/**
 * The text with its matching words marked, when the snippet is the whole of it (a claim's short
 * statement usually is); null when the snippet is only an excerpt.
 */
export function markedWhole(text: string, snippet: string): ReactNode[] | null {
  const parts = snippetParts(snippet);
  const plain = parts.map((part) => part.text).join('');
  if (!plain || !text.startsWith(plain) || text.length - plain.length > 1) return null;
  return [...render(parts), text.slice(plain.length)];
}
