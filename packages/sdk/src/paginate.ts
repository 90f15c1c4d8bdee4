// Connections are walked by following pageInfo.endCursor until hasNextPage is false.
import { ClaimGraphError } from './errors.js';
import type { Page } from './types.js';

/** Yields every node of a connection, fetching the next page only when the previous is used up. */
export async function* walkConnection<T>(
  fetchPage: (after: string | null) => Promise<Page<T, number | null>>,
): AsyncGenerator<T, void, undefined> {
  let after: string | null = null;
  for (;;) {
    const page: Page<T, number | null> = await fetchPage(after);
    yield* page.nodes;
    const { hasNextPage, endCursor } = page.pageInfo;
    if (!hasNextPage) return;
    // A server that says "more" without a new cursor would otherwise be asked the same page forever.
    if (!endCursor || endCursor === after) {
      throw new ClaimGraphError(`the API said there is a next page but gave no new cursor (after ${after ?? 'the start'})`, {
        code: 'PAGINATION',
      });
    }
    after = endCursor;
  }
}
