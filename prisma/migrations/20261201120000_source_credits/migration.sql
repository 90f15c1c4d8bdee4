-- A source's track record from an index. "cg_source_credit" holds one row per source and claim the
-- source is credited with in some visible appearance, in a visible report: named in its attribution
-- chain, or the report's publisher where the appearance has no chain (the publisher speaks in its
-- own voice). "knownOn" is the earliest publication among those reports; "originatedOn" the
-- earliest among those that credit the source as the origin (the chain's last link, or the
-- publisher's own voice), null when none does. So on a day D the record holds the claims with
-- knownOn <= D, and originated those with originatedOn <= D (track-records/queries.ts).
-- Before, the record walked every chain link of the source and every report it published, out to
-- their appearances and reports: 10,000 links and 500 reports of one source at 1,000,000 claims,
-- 280 of the statement's 460 ms.
--
-- Kept by the triggers of migration source_claim_list, which name the claims a write touched:
-- cg_refresh_source_claims now recomputes these rows too, and a report's publisher changing is
-- such a write as well.
CREATE TABLE "cg_source_credit" (
  "sourceId" uuid NOT NULL,
  "claimId" uuid NOT NULL,
  "knownOn" date NOT NULL,
  "originatedOn" date,
  PRIMARY KEY ("sourceId", "claimId")
);

CREATE INDEX "cg_source_credit_claim_idx" ON "cg_source_credit" ("claimId");

-- The credits of the given claims, as the record reads them: chain links (origin when no link of
-- the appearance comes after), and publishers of appearances without a chain.
CREATE FUNCTION "cg_source_credits_of"(claim_ids uuid[])
RETURNS TABLE ("sourceId" uuid, "claimId" uuid, "knownOn" date, "originatedOn" date) LANGUAGE sql STABLE AS $$
  SELECT credit.party, credit.claim, min(credit.day), min(credit.day) FILTER (WHERE credit.origin)
  FROM (
    SELECT l."sourceId", a."claimId", r."publishedOn",
      NOT EXISTS (SELECT 1 FROM "AttributionLink" m WHERE m."appearanceId" = l."appearanceId" AND m.position > l.position)
    FROM "Appearance" a
    JOIN "Report" r ON r.id = a."reportId" AND r."hiddenAt" IS NULL
    JOIN "AttributionLink" l ON l."appearanceId" = a.id AND l."sourceId" IS NOT NULL
    WHERE a."claimId" = ANY(claim_ids) AND a."hiddenAt" IS NULL
    UNION ALL
    SELECT r."publisherId", a."claimId", r."publishedOn", true
    FROM "Appearance" a
    JOIN "Report" r ON r.id = a."reportId" AND r."hiddenAt" IS NULL AND r."publisherId" IS NOT NULL
    WHERE a."claimId" = ANY(claim_ids) AND a."hiddenAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "AttributionLink" l WHERE l."appearanceId" = a.id)
  ) AS credit (party, claim, day, origin)
  GROUP BY credit.party, credit.claim;
$$;

-- As migration claim_refresh_locks left it (the claims' locks first), with the credits added.
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
  DELETE FROM "cg_source_credit" WHERE "claimId" = ANY(claim_ids);
  INSERT INTO "cg_source_credit" ("sourceId", "claimId", "knownOn", "originatedOn")
  SELECT * FROM "cg_source_credits_of"(claim_ids);
$$;

-- Reports hidden, shown again, dated anew or given another publisher: the claims appearing in them.
CREATE OR REPLACE FUNCTION "cg_source_claims_reports"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "cg_refresh_source_claims"(coalesce(array_agg(DISTINCT a."claimId"), '{}'))
  FROM "Appearance" a
  WHERE a."reportId" IN (
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n."hiddenAt" IS DISTINCT FROM o."hiddenAt" OR n."publishedOn" IS DISTINCT FROM o."publishedOn"
      OR n."publisherId" IS DISTINCT FROM o."publisherId"
  );
  RETURN NULL;
END $$;

-- Claims deleted take their credits away (a claim's date and visibility are read from "Claim").
CREATE OR REPLACE FUNCTION "cg_source_claims_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    UPDATE "cg_source_claim" sc
    SET "claimedOn" = n."claimedOn", "claimVisible" = n."hiddenAt" IS NULL
    FROM new_rows n
    WHERE sc."claimId" = n.id
      AND (sc."claimedOn" <> n."claimedOn" OR sc."claimVisible" <> (n."hiddenAt" IS NULL));
  ELSE
    DELETE FROM "cg_source_claim" sc USING old_rows o WHERE sc."claimId" = o.id;
    DELETE FROM "cg_source_credit" sc USING old_rows o WHERE sc."claimId" = o.id;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "cg_source_claims_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "cg_source_claim";
  DELETE FROM "cg_source_credit";
  PERFORM "cg_refresh_source_claims"(coalesce((SELECT array_agg(id) FROM "Claim"), '{}'));
  RETURN NULL;
END $$;

INSERT INTO "cg_source_credit" ("sourceId", "claimId", "knownOn", "originatedOn")
SELECT * FROM "cg_source_credits_of"(coalesce((SELECT array_agg(id) FROM "Claim"), '{}'));
