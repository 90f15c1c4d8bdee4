// A cap on what one response may weigh. The cost limit bounds how many values a query returns;
// this bounds their bytes (a page of reports with their bodies can be large without being many).
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export function useResponseLimit({ maxBytes }: { maxBytes: number }): Plugin {
  return {
    onExecute: () => ({
      onExecuteDone({ result, setResult }) {
        if (!('data' in result) || !jsonSizeOver(result.data, maxBytes)) return;
        setResult({
          errors: [
            new GraphQLError(
              `The response would be larger than ${weight(maxBytes)} and was not sent: ask for fewer fields or smaller pages.`,
              { extensions: { code: 'RESPONSE_TOO_LARGE', maxBytes, http: { status: 400, spec: true } } },
            ),
          ],
        });
      },
    }),
  };
}

/**
 * Whether `value` as JSON would take more than `budget` bytes (strings counted in UTF-8, escapes
 * aside). A first pass bounds that from above without encoding anything, as a UTF-16 code unit
 * takes at most 3 bytes of UTF-8 (the walk is recursive: Armor bounds the depth); only a response
 * the bound does not clear is measured exactly, and that count stops once it passes the budget.
 */
function jsonSizeOver(value: unknown, budget: number): boolean {
  return jsonSizeBound(value, (length) => 3 * length) > budget && exactSizeOver(value, budget);
}

/** An upper bound of `value`'s JSON length, given one for a string's characters. */
function jsonSizeBound(value: unknown, stringBound: (length: number) => number): number {
  if (typeof value === 'string') return stringBound(value.length) + 2;
  if (Array.isArray(value)) {
    let size = 2 + value.length;
    for (const item of value) size += jsonSizeBound(item, stringBound);
    return size;
  }
  if (value && typeof value === 'object') {
    let size = 2;
    for (const key in value) size += key.length + 4 + jsonSizeBound((value as Record<string, unknown>)[key], stringBound);
    return size;
  }
  return 5;
}

function exactSizeOver(value: unknown, budget: number): boolean {
  let left = budget;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') left -= Buffer.byteLength(item, 'utf8') + 2;
    else if (Array.isArray(item)) {
      left -= 2 + item.length;
      for (const child of item) stack.push(child);
    } else if (item && typeof item === 'object') {
      left -= 2;
      for (const [key, child] of Object.entries(item)) {
        left -= key.length + 4;
        stack.push(child);
      }
    } else left -= 5;
    if (left < 0) return true;
  }
  return false;
}

const weight = (bytes: number) => (bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes / 1000} kB`);
