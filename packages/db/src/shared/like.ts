/**
 * `text` as an operand of Prisma's `contains`, `startsWith`, `endsWith` or case-insensitive
 * `equals` that matches itself and nothing else. Prisma hands these to LIKE / ILIKE as they are,
 * so `%` and `_` in them are wildcards ("%" would match every name) and `\` escapes the next
 * character; PostgreSQL's LIKE takes `\` as its escape, so each of the three is escaped with it.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
