-- A source's claims in list order (newest claim first) straight from an index. "cg_source_claim"
-- holds one row per source and claim it carried: some visible appearance of the claim, in a
-- visible report, names the source in its attribution chain (claimFilterWhere's `sourceIds`).
-- "knownOn" is the earliest publication among those reports, so "carried by asOf" is
-- knownOn <= asOf; the claim's date and visibility ride along for the order and the list.
-- Before, a source's page read every chain link of the source outwards through three tables
-- (7,500 claims of one source at 1,000,000 claims: 130-150 ms), and Prisma's filter of the same
-- meaning tested every claim.
--
-- Kept by statement-level triggers: every write that can change which sources carry a claim, or
-- when, names the claims it touched, and cg_refresh_source_claims recomputes their rows.
CREATE TABLE "cg_source_claim" (
  "sourceId" uuid NOT NULL,
  "claimId" uuid NOT NULL,
  "claimedOn" date NOT NULL,
  "claimVisible" boolean NOT NULL,
  "knownOn" date NOT NULL,
  PRIMARY KEY ("sourceId", "claimId")
);

CREATE INDEX "cg_source_claim_list_idx" ON "cg_source_claim" ("sourceId", "claimedOn" DESC, "claimId" DESC, "knownOn")
  WHERE "claimVisible";
CREATE INDEX "cg_source_claim_claim_idx" ON "cg_source_claim" ("claimId");

CREATE FUNCTION "cg_refresh_source_claims"(claim_ids uuid[]) RETURNS void LANGUAGE sql AS $$
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

-- Chain links: the claims of their appearances (an appearance deleted with its links is the
-- appearance trigger's to report).
CREATE FUNCTION "cg_source_claims_links"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT ids || coalesce(array_agg(DISTINCT a."claimId"), '{}') INTO ids
    FROM new_rows n JOIN "Appearance" a ON a.id = n."appearanceId";
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT ids || coalesce(array_agg(DISTINCT a."claimId"), '{}') INTO ids
    FROM old_rows o JOIN "Appearance" a ON a.id = o."appearanceId";
  END IF;
  PERFORM "cg_refresh_source_claims"(ids);
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_source_claims_links_inserted" AFTER INSERT ON "AttributionLink"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_source_claims_links"();
CREATE TRIGGER "cg_source_claims_links_updated" AFTER UPDATE ON "AttributionLink"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_source_claims_links"();
CREATE TRIGGER "cg_source_claims_links_deleted" AFTER DELETE ON "AttributionLink"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_source_claims_links"();

-- Appearances: their claims, before and after (an appearance moved to another claim, hidden,
-- shown again, moved to another report, deleted).
CREATE FUNCTION "cg_source_claims_appearances"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT ids || coalesce(array_agg(DISTINCT "claimId"), '{}') INTO ids FROM new_rows;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT ids || coalesce(array_agg(DISTINCT "claimId"), '{}') INTO ids FROM old_rows;
  END IF;
  PERFORM "cg_refresh_source_claims"(ids);
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_source_claims_appearances_inserted" AFTER INSERT ON "Appearance"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_source_claims_appearances"();
CREATE TRIGGER "cg_source_claims_appearances_updated" AFTER UPDATE ON "Appearance"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_source_claims_appearances"();
CREATE TRIGGER "cg_source_claims_appearances_deleted" AFTER DELETE ON "Appearance"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_source_claims_appearances"();

-- Reports hidden, shown again or dated anew: the claims appearing in them.
CREATE FUNCTION "cg_source_claims_reports"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "cg_refresh_source_claims"(coalesce(array_agg(DISTINCT a."claimId"), '{}'))
  FROM "Appearance" a
  WHERE a."reportId" IN (
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n."hiddenAt" IS DISTINCT FROM o."hiddenAt" OR n."publishedOn" IS DISTINCT FROM o."publishedOn"
  );
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_source_claims_reports_updated" AFTER UPDATE ON "Report"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_source_claims_reports"();

-- Claims dated anew, hidden or shown again carry their rows along; deleted ones take them away.
CREATE FUNCTION "cg_source_claims_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    UPDATE "cg_source_claim" sc
    SET "claimedOn" = n."claimedOn", "claimVisible" = n."hiddenAt" IS NULL
    FROM new_rows n
    WHERE sc."claimId" = n.id
      AND (sc."claimedOn" <> n."claimedOn" OR sc."claimVisible" <> (n."hiddenAt" IS NULL));
  ELSE
    DELETE FROM "cg_source_claim" sc USING old_rows o WHERE sc."claimId" = o.id;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_source_claims_claims_updated" AFTER UPDATE ON "Claim"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_source_claims_claims"();
CREATE TRIGGER "cg_source_claims_claims_deleted" AFTER DELETE ON "Claim"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_source_claims_claims"();

-- Any of the four emptied at once: the list is computed anew from what is left.
CREATE FUNCTION "cg_source_claims_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "cg_source_claim";
  PERFORM "cg_refresh_source_claims"(coalesce((SELECT array_agg(id) FROM "Claim"), '{}'));
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_source_claims_truncated" AFTER TRUNCATE ON "AttributionLink"
  FOR EACH STATEMENT EXECUTE FUNCTION "cg_source_claims_truncated"();
CREATE TRIGGER "cg_source_claims_truncated" AFTER TRUNCATE ON "Appearance"
  FOR EACH STATEMENT EXECUTE FUNCTION "cg_source_claims_truncated"();
CREATE TRIGGER "cg_source_claims_truncated" AFTER TRUNCATE ON "Report"
  FOR EACH STATEMENT EXECUTE FUNCTION "cg_source_claims_truncated"();
CREATE TRIGGER "cg_source_claims_truncated" AFTER TRUNCATE ON "Claim"
  FOR EACH STATEMENT EXECUTE FUNCTION "cg_source_claims_truncated"();

INSERT INTO "cg_source_claim" ("sourceId", "claimId", "claimedOn", "claimVisible", "knownOn")
SELECT l."sourceId", c.id, c."claimedOn", c."hiddenAt" IS NULL, min(r."publishedOn")
FROM "Claim" c
JOIN "Appearance" a ON a."claimId" = c.id AND a."hiddenAt" IS NULL
JOIN "Report" r ON r.id = a."reportId" AND r."hiddenAt" IS NULL
JOIN "AttributionLink" l ON l."appearanceId" = a.id AND l."sourceId" IS NOT NULL
GROUP BY l."sourceId", c.id;
