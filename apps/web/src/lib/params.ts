// Search-parameter and route-parameter plumbing shared by the pages.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
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
export async function readDatedPage({
  params,
  searchParams,
}: DatedPageProps): Promise<{ id: string; asOf: AsOf; day: string | undefined }> {
  const asOf = parseAsOf((await searchParams).asOf);
  return { id: routeId((await params).id), asOf, day: asOfDay(asOf) };
}

/**
 * What a dated page shows: the thing as known on the day asked (found), or why it cannot, with
 * the thing as known today.
 */
export type Dated<Thing> =
  { kind: 'found'; thing: Thing } | { kind: 'not-yet'; thing: Thing; day: string } | { kind: 'invalid-day'; thing: Thing; input: string };

/**
 * The thing a dated page is about, read for the day asked. Whether the id names anything at all is
 * settled here, before the page renders anything that streams: an unknown or malformed id throws
 * notFound() while the response can still say 404, whatever `?asOf=` holds.
 */
export async function readDated<Thing>(
  read: (id: string, day?: string) => Promise<Thing | null>,
  { id, asOf, day }: { id: string; asOf: AsOf; day: string | undefined },
): Promise<Dated<Thing>> {
  if (asOf.kind !== 'invalid') {
    const thing = await read(id, day);
    if (thing) return { kind: 'found', thing };
  }
  // The same arguments as the read above for today's view, so React's cache answers it.
  const today = await read(id, undefined);
  if (!today || asOf.kind === 'today') notFound();
  return asOf.kind === 'day' ? { kind: 'not-yet', thing: today, day: asOf.day } : { kind: 'invalid-day', thing: today, input: asOf.input };
}

/** A view of the past is a shareable link, not a page for search engines: today's view is. */
export function datedMetadata(title: string, asOf: AsOf): Metadata {
  return { title, robots: asOf.kind === 'today' ? undefined : { index: false } };
}
