// Search-parameter and route-parameter plumbing shared by the pages.
import type { Metadata } from 'next';
import { asOfDay, parseAsOf, type AsOf } from './as-of';

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a search parameter, trimmed; undefined when absent or empty. */
export function param(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  const first = (Array.isArray(value) ? value[0] : value)?.trim();
  return first ? first : undefined;
}

/** A dynamic route segment as the id or slug it names (global ids may arrive percent-encoded). */
export function routeId(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The props of a page about one thing (report, claim) as known on a day. */
export interface DatedPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

/** The id in the route, and the day in `?asOf=` (undefined for today or an unreadable date). */
export async function readDatedPage({ params, searchParams }: DatedPageProps): Promise<{ id: string; asOf: AsOf; day: string | undefined }> {
  const asOf = parseAsOf((await searchParams).asOf);
  return { id: routeId((await params).id), asOf, day: asOfDay(asOf) };
}

/** A view of the past is a shareable link, not a page for search engines: today's view is. */
export function datedMetadata(title: string, asOf: AsOf): Metadata {
  return { title, robots: asOf.kind === 'today' ? undefined : { index: false } };
}
