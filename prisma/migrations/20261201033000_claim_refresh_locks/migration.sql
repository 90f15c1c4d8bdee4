-- The per-claim tables kept by triggers (cg_verdict_period, cg_source_claim) are refreshed by
-- deleting a claim's rows and inserting them anew. Two transactions refreshing one claim at once
-- (two editors settling it, or adding appearances of it) could both insert the same rows, and the
-- second failed on the primary key. cg_lock_claims makes them take turns: a refresh holds a
-- transaction-level advisory lock per claim (in claim order, so two refreshes cannot wait on each
-- other), and the second, once the first has committed, deletes and recomputes with both writes
-- in view. A refresh of many claims at once (a bulk import) takes one lock that excludes every
-- other refresh instead, rather than a lock per claim.
CREATE FUNCTION "cg_lock_claims"(claims uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(claims) > 1000 THEN
    PERFORM pg_advisory_xact_lock(hashtext('cg_claims'));
  ELSE
    PERFORM pg_advisory_xact_lock_shared(hashtext('cg_claims'));
    PERFORM pg_advisory_xact_lock(hashtext('cg_claims'), hashtext(claim::text))
    FROM (SELECT DISTINCT claim FROM unnest(claims) AS c(claim) ORDER BY claim) AS ordered;
  END IF;
END $$;

CREATE OR REPLACE FUNCTION "cg_refresh_verdict_periods"(claims uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT "cg_lock_claims"(claims);
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

CREATE OR REPLACE FUNCTION "cg_refresh_source_claims"(claim_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT "cg_lock_claims"(claim_ids);
  DELETE FROM "cg_source_claim" WHERE "claimId" = ANY(claim_ids);
  INSERT INTO "cg_source_claim" ("sourceId", "claimId", "claimedOn", "claimVisible", "knownOn")
  SELECT l."sourceId", c.id, c."claimedOn", c."hiddenAt" IS NULL, min(r."publishedOn")
  FROM "Claim" c
  JOIN "Appearance" a ON a."claimId" = c.id AND a."hiddenAt" IS NULL
  JOIN "Report" r ON r.id = a."reportId" AND r."hiddenAt" IS NULL
  JOIN "AttributionLink" l ON l."appearanceId" = a.id AND l."sourceId" IS NOT NULL
  WHERE c.id = ANY(claim_ids)
  GROUP BY l."sourceId", c.id;
$$;
