// The verdict-in-force rule in SQL, for the claims queries (not part of the package's surface).
import { Prisma } from '../../generated/prisma/client';

/**
 * The resolution in force on `asOf` as a lateral join on claim `c`, as `current` (no row while
 * none is): `currentResolution` (resolutions/verdict.ts) in SQL, the latest resolution effective by
 * then, by effective date then recording time, skipping those corrected by then.
 */
export function currentResolutionJoin(asOf: Date): Prisma.Sql {
  return Prisma.sql`
    LEFT JOIN LATERAL (
      SELECT r.verdict::text AS verdict, r."effectiveOn" AS "effectiveOn", r."recordedAt" AS "recordedAt"
      FROM "Resolution" r
      WHERE r."claimId" = c.id
        AND r."effectiveOn" <= ${asOf}::date
        AND NOT EXISTS (
          SELECT 1 FROM "Resolution" x WHERE x."correctsId" = r.id AND x."effectiveOn" <= ${asOf}::date
        )
      ORDER BY r."effectiveOn" DESC, r."recordedAt" DESC
      LIMIT 1
    ) current ON true`;
}
