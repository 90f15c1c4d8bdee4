-- Claims by the language of the reports they appear in (`claims(filter: { language })`) in list
-- order straight from an index. "cg_claim_language" holds one row per claim and language (lower
-- case, as the filter compares) of a visible report holding a visible appearance of it; "knownOn"
-- is the earliest publication among those reports, so "in that language by asOf" is
-- knownOn <= asOf; the claim's date and visibility ride along for the order and the list. Before,
-- the filter tested every claim's appearances and their reports: at 1,000,000 claims, a third of
-- them in German, `claims(filter: { language: "de" }, first: 20) { totalCount }` took 1.0-1.2 s.
-- The language is compared byte-wise (COLLATE "C"), so "de" and the tags under it ("de-at",
-- "de-ch") are one range of the primary key, whatever the database's collation.
--
-- Kept as cg_source_claim is (migration source_claim_list): every write that can change in which
-- languages a claim appears, or from when, names the claims it touched, and
-- cg_refresh_claim_languages recomputes their rows (taking turns per claim, cg_lock_claims).
CREATE TABLE "cg_claim_language" (
  "language" text COLLATE "C" NOT NULL,
  "claimId" uuid NOT NULL,
  "claimedOn" date NOT NULL,
  "claimVisible" boolean NOT NULL,
  "knownOn" date NOT NULL,
  PRIMARY KEY ("language", "claimId")
);

CREATE INDEX "cg_claim_language_list_idx" ON "cg_claim_language" ("language", "claimedOn" DESC, "claimId" DESC, "knownOn")
  WHERE "claimVisible";
CREATE INDEX "cg_claim_language_claim_idx" ON "cg_claim_language" ("claimId");

CREATE FUNCTION "cg_refresh_claim_languages"(claim_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  SELECT "cg_lock_claims"(claim_ids);
  DELETE FROM "cg_claim_language" WHERE "claimId" = ANY(claim_ids);
  INSERT INTO "cg_claim_language" ("language", "claimId", "claimedOn", "claimVisible", "knownOn")
  SELECT lower(r.language), c.id, c."claimedOn", c."hiddenAt" IS NULL, min(r."publishedOn")
  FROM "Claim" c
  JOIN "Appearance" a ON a."claimId" = c.id AND a."hiddenAt" IS NULL
  JOIN "Report" r ON r.id = a."reportId" AND r."hiddenAt" IS NULL
  WHERE c.id = ANY(claim_ids)
  GROUP BY lower(r.language), c.id;
$$;

-- Appearances: their claims, before and after (an appearance moved to another claim, hidden,
-- shown again, moved to another report, deleted).
CREATE FUNCTION "cg_claim_languages_appearances"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  ids uuid[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT ids || coalesce(array_agg(DISTINCT "claimId"), '{}') INTO ids FROM new_rows;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT ids || coalesce(array_agg(DISTINCT "claimId"), '{}') INTO ids FROM old_rows;
  END IF;
  PERFORM "cg_refresh_claim_languages"(ids);
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_claim_languages_appearances_inserted" AFTER INSERT ON "Appearance"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_claim_languages_appearances"();
CREATE TRIGGER "cg_claim_languages_appearances_updated" AFTER UPDATE ON "Appearance"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_claim_languages_appearances"();
CREATE TRIGGER "cg_claim_languages_appearances_deleted" AFTER DELETE ON "Appearance"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_claim_languages_appearances"();

-- Reports hidden, shown again, dated anew or given another language: the claims appearing in them.
CREATE FUNCTION "cg_claim_languages_reports"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "cg_refresh_claim_languages"(coalesce(array_agg(DISTINCT a."claimId"), '{}'))
  FROM "Appearance" a
  WHERE a."reportId" IN (
    SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n."hiddenAt" IS DISTINCT FROM o."hiddenAt" OR n."publishedOn" IS DISTINCT FROM o."publishedOn"
       OR n.language IS DISTINCT FROM o.language
  );
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_claim_languages_reports_updated" AFTER UPDATE ON "Report"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_claim_languages_reports"();

-- Claims dated anew, hidden or shown again carry their rows along; deleted ones take them away.
CREATE FUNCTION "cg_claim_languages_claims"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    UPDATE "cg_claim_language" cl
    SET "claimedOn" = n."claimedOn", "claimVisible" = n."hiddenAt" IS NULL
    FROM new_rows n
    WHERE cl."claimId" = n.id
      AND (cl."claimedOn" <> n."claimedOn" OR cl."claimVisible" <> (n."hiddenAt" IS NULL));
  ELSE
    DELETE FROM "cg_claim_language" cl USING old_rows o WHERE cl."claimId" = o.id;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_claim_languages_claims_updated" AFTER UPDATE ON "Claim"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_claim_languages_claims"();
CREATE TRIGGER "cg_claim_languages_claims_deleted" AFTER DELETE ON "Claim"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_claim_languages_claims"();

-- Any of the three emptied at once: the list is computed anew from what is left.
CREATE FUNCTION "cg_claim_languages_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "cg_claim_language";
  PERFORM "cg_refresh_claim_languages"(coalesce((SELECT array_agg(id) FROM "Claim"), '{}'));
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_claim_languages_truncated" AFTER TRUNCATE ON "Appearance"
  FOR EACH STATEMENT EXECUTE FUNCTION "cg_claim_languages_truncated"();
CREATE TRIGGER "cg_claim_languages_truncated" AFTER TRUNCATE ON "Report"
  FOR EACH STATEMENT EXECUTE FUNCTION "cg_claim_languages_truncated"();
CREATE TRIGGER "cg_claim_languages_truncated" AFTER TRUNCATE ON "Claim"
  FOR EACH STATEMENT EXECUTE FUNCTION "cg_claim_languages_truncated"();

INSERT INTO "cg_claim_language" ("language", "claimId", "claimedOn", "claimVisible", "knownOn")
SELECT lower(r.language), c.id, c."claimedOn", c."hiddenAt" IS NULL, min(r."publishedOn")
FROM "Claim" c
JOIN "Appearance" a ON a."claimId" = c.id AND a."hiddenAt" IS NULL
JOIN "Report" r ON r.id = a."reportId" AND r."hiddenAt" IS NULL
GROUP BY lower(r.language), c.id;
