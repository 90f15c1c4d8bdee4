-- The verdict in force on any day, kept as periods, so that "claims whose verdict on D is V" is an
-- index range instead of the rule evaluated for every claim.
--
-- A claim's verdict in force on day D is that of its latest resolution effective by D (by
-- effective date, then recording time) that no resolution effective by D corrects; OPEN when
-- there is none (resolutions/verdict.ts holds the rule in TypeScript, claims/current-resolution.ts
-- in SQL). It can change only on a day some resolution of the claim takes effect, so one row per
-- such day holds the verdict from that day ("validFrom") up to the next one ("validTo",
-- exclusive; NULL for the last). A claim without resolutions has no rows: OPEN throughout.
--
-- The rows also carry the claim's "claimedOn" and whether it is visible, so that a verdict filter
-- with no other condition reads this table alone: at 1,000,000 claims, counting the CONFIRMED
-- ones as of a day rule by rule took 0.9 s.
--
-- Kept in step by triggers: any insert, update or delete of resolutions recomputes the periods
-- of the claims they belong to (cg_refresh_verdict_periods); an update of claims copies their
-- "claimedOn" and visibility. Nothing else writes here.
CREATE TABLE "cg_verdict_period" (
  "claimId" uuid NOT NULL REFERENCES "Claim" ("id") ON DELETE CASCADE,
  "validFrom" date NOT NULL,
  "validTo" date,
  "verdict" "Verdict" NOT NULL,
  "claimedOn" date NOT NULL,
  "claimVisible" boolean NOT NULL,
  PRIMARY KEY ("claimId", "validFrom"),
  CHECK ("validTo" IS NULL OR "validTo" > "validFrom")
);

-- A verdict's claims in list order (newest claim first), with the period's bounds to filter by.
CREATE INDEX "cg_verdict_period_list_idx" ON "cg_verdict_period" ("verdict", "claimedOn" DESC, "claimId" DESC)
  INCLUDE ("validFrom", "validTo") WHERE "claimVisible";

CREATE FUNCTION "cg_refresh_verdict_periods"(claims uuid[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM "cg_verdict_period" WHERE "claimId" = ANY (claims);
  INSERT INTO "cg_verdict_period" ("claimId", "validFrom", "validTo", "verdict", "claimedOn", "claimVisible")
  SELECT d."claimId", d.day, lead(d.day) OVER (PARTITION BY d."claimId" ORDER BY d.day),
         coalesce(cur.verdict, 'OPEN'::"Verdict"), c."claimedOn", c."hiddenAt" IS NULL
  FROM (SELECT DISTINCT "claimId", "effectiveOn" AS day FROM "Resolution" WHERE "claimId" = ANY (claims)) d
  JOIN "Claim" c ON c.id = d."claimId"
  LEFT JOIN LATERAL (
    SELECT r.verdict
    FROM "Resolution" r
    WHERE r."claimId" = d."claimId"
      AND r."effectiveOn" <= d.day
      AND NOT EXISTS (SELECT 1 FROM "Resolution" x WHERE x."correctsId" = r.id AND x."effectiveOn" <= d.day)
    ORDER BY r."effectiveOn" DESC, r."recordedAt" DESC
    LIMIT 1
  ) cur ON true;
$$;

CREATE FUNCTION "cg_resolutions_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "cg_refresh_verdict_periods"(ARRAY(SELECT DISTINCT "claimId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "cg_refresh_verdict_periods"(ARRAY(SELECT DISTINCT "claimId" FROM old_rows));
  ELSE
    PERFORM "cg_refresh_verdict_periods"(ARRAY(SELECT "claimId" FROM new_rows UNION SELECT "claimId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_resolutions_inserted" AFTER INSERT ON "Resolution"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_resolutions_changed"();
CREATE TRIGGER "cg_resolutions_updated" AFTER UPDATE ON "Resolution"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_resolutions_changed"();
CREATE TRIGGER "cg_resolutions_deleted" AFTER DELETE ON "Resolution"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_resolutions_changed"();

CREATE FUNCTION "cg_resolutions_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "cg_verdict_period";
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_resolutions_truncated" AFTER TRUNCATE ON "Resolution"
  FOR EACH STATEMENT EXECUTE FUNCTION "cg_resolutions_truncated"();

CREATE FUNCTION "cg_claims_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "cg_verdict_period" p
  SET "claimedOn" = n."claimedOn", "claimVisible" = n."hiddenAt" IS NULL
  FROM new_rows n
  WHERE p."claimId" = n.id
    AND (p."claimedOn" <> n."claimedOn" OR p."claimVisible" <> (n."hiddenAt" IS NULL));
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_claims_updated" AFTER UPDATE ON "Claim"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_claims_changed"();

-- The periods of the resolutions already stored.
SELECT "cg_refresh_verdict_periods"(ARRAY(SELECT DISTINCT "claimId" FROM "Resolution"));
ANALYZE "cg_verdict_period";
