-- Each verdict period also names the resolution in force over it, with that resolution's
-- effective day and recording time, so that "recently resolved" (the claims whose verdict in force
-- took effect last) walks an index instead of evaluating the rule for every claim: at 1,000,000
-- claims the reader's home page waited 4.5 s for it.
ALTER TABLE "cg_verdict_period"
  ADD COLUMN "resolutionId" uuid,
  ADD COLUMN "effectiveOn" date,
  ADD COLUMN "recordedAt" timestamp(3);

CREATE OR REPLACE FUNCTION "cg_refresh_verdict_periods"(claims uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "cg_verdict_period" WHERE "claimId" = ANY (claims);
  INSERT INTO "cg_verdict_period"
    ("claimId", "validFrom", "validTo", "verdict", "claimedOn", "claimVisible", "resolutionId", "effectiveOn", "recordedAt")
  SELECT d."claimId", d.day, lead(d.day) OVER (PARTITION BY d."claimId" ORDER BY d.day),
         coalesce(cur.verdict, 'OPEN'::"Verdict"), c."claimedOn", c."hiddenAt" IS NULL,
         cur.id, cur."effectiveOn", cur."recordedAt"
  FROM (SELECT DISTINCT "claimId", "effectiveOn" AS day FROM "Resolution" WHERE "claimId" = ANY (claims)) d
  JOIN "Claim" c ON c.id = d."claimId"
  LEFT JOIN LATERAL (
    SELECT r.id, r.verdict, r."effectiveOn", r."recordedAt"
    FROM "Resolution" r
    WHERE r."claimId" = d."claimId"
      AND r."effectiveOn" <= d.day
      AND NOT EXISTS (SELECT 1 FROM "Resolution" x WHERE x."correctsId" = r.id AND x."effectiveOn" <= d.day)
    ORDER BY r."effectiveOn" DESC, r."recordedAt" DESC
    LIMIT 1
  ) cur ON true;
$$;

-- The settled claims, the one whose verdict took effect last first.
CREATE INDEX "cg_verdict_period_settled_idx" ON "cg_verdict_period" ("effectiveOn" DESC, "recordedAt" DESC, "claimId" DESC)
  INCLUDE ("validFrom", "validTo", "claimedOn") WHERE "claimVisible" AND "verdict" <> 'OPEN';

SELECT "cg_refresh_verdict_periods"(ARRAY(SELECT DISTINCT "claimId" FROM "Resolution"));
ANALYZE "cg_verdict_period";
