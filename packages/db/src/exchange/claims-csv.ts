// One row per claim with its verdict today, for spreadsheets: RFC 4180 CSV (comma-separated,
// CRLF line ends, a field quoted when it holds a comma, a quote or a line break, quotes doubled),
// with a header row. One SQL statement.
import { Prisma, type PrismaClient } from '../../generated/prisma/client';
import { currentResolutionJoin } from '../claims/current-resolution';
import { formatPartialDate } from '../shared/partial-date';
import type { DatePrecision } from '../../generated/prisma/enums';

export const CLAIMS_CSV_COLUMNS = [
  'id',
  'statement',
  'kind',
  'claimed',
  'credibility',
  'verdict',
  'verdict_effective',
  'verdict_label',
  'claimants',
  'subjects',
  'appearances',
  'first_report_url',
] as const;

interface Row {
  id: string;
  statement: string;
  kind: string;
  claimedOn: Date;
  claimedPrecision: DatePrecision;
  credibility: string;
  verdict: string | null;
  effectiveOn: Date | null;
  effectivePrecision: DatePrecision | null;
  originalLabel: string | null;
  claimants: string | null;
  subjects: string | null;
  appearances: number;
  firstUrl: string | null;
}

/** A field as RFC 4180 writes it. */
function field(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every visible claim, oldest first, with the verdict in force today (OPEN while none is). */
export async function claimsCsv(prisma: PrismaClient, today = new Date()): Promise<string> {
  const names = (role: 'CLAIMANT' | 'SUBJECT') => Prisma.sql`(
    SELECT string_agg(a.name, '; ' ORDER BY ca.position, a.name) FROM "ClaimActor" ca JOIN "Actor" a ON a.id = ca."actorId"
    WHERE ca."claimId" = c.id AND ca.role = ${role}::"ClaimActorRole")`;
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT c.id::text AS id, c.statement, c.kind::text AS kind, c."claimedOn", c."claimedPrecision", c.credibility::text AS credibility,
      current.verdict, cr."effectiveOn", cr."effectivePrecision", cr."originalLabel",
      ${names('CLAIMANT')} AS claimants, ${names('SUBJECT')} AS subjects,
      (SELECT count(*)::int FROM "Appearance" ap JOIN "Report" r ON r.id = ap."reportId"
        WHERE ap."claimId" = c.id AND ap."hiddenAt" IS NULL AND r."hiddenAt" IS NULL) AS appearances,
      (SELECT r.url FROM "Appearance" ap JOIN "Report" r ON r.id = ap."reportId"
        WHERE ap."claimId" = c.id AND ap."hiddenAt" IS NULL AND r."hiddenAt" IS NULL AND r.url IS NOT NULL
        ORDER BY r."publishedOn", r.id LIMIT 1) AS "firstUrl"
    FROM "Claim" c
    ${currentResolutionJoin(today)}
    LEFT JOIN LATERAL (
      SELECT x."effectiveOn", x."effectivePrecision", x."originalLabel" FROM "Resolution" x
      WHERE x."claimId" = c.id AND x."effectiveOn" = current."effectiveOn" AND x."recordedAt" = current."recordedAt" LIMIT 1
    ) cr ON true
    WHERE c."hiddenAt" IS NULL
    ORDER BY c."claimedOn", c.id`;
  const lines = [CLAIMS_CSV_COLUMNS.join(',')];
  for (const row of rows) {
    lines.push(
      [
        row.id,
        row.statement,
        row.kind,
        formatPartialDate({ start: row.claimedOn, precision: row.claimedPrecision }),
        row.credibility,
        row.verdict ?? 'OPEN',
        row.effectiveOn && row.effectivePrecision ? formatPartialDate({ start: row.effectiveOn, precision: row.effectivePrecision }) : '',
        row.originalLabel ?? '',
        row.claimants ?? '',
        row.subjects ?? '',
        row.appearances,
        row.firstUrl ?? '',
      ]
        .map(field)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
