-- How many reports were published by any day, as running sums of per-day changes (as
-- cg_claim_day does for claims, migration verdict_day_counts): the list of reports counts by
-- adding at most one row per day. At 100,000 reports `reports { totalCount }` read 100,000 index
-- entries on every request.
CREATE TABLE "cg_report_day" (
  "day" date PRIMARY KEY,
  "change" bigint NOT NULL
);

CREATE FUNCTION "cg_add_report_days"(days date[], changes bigint[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "cg_report_day" AS t ("day", "change")
  SELECT c.day, sum(c.change) FROM unnest(days, changes) AS c(day, change)
  GROUP BY c.day HAVING sum(c.change) <> 0 ORDER BY c.day
  ON CONFLICT ("day") DO UPDATE SET "change" = t."change" + excluded."change";
$$;

CREATE FUNCTION "cg_reports_counted"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  days date[] := '{}';
  changes bigint[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT days || coalesce(array_agg("publishedOn"), '{}'), changes || coalesce(array_agg(1::bigint), '{}')
    INTO days, changes FROM new_rows WHERE "hiddenAt" IS NULL;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT days || coalesce(array_agg("publishedOn"), '{}'), changes || coalesce(array_agg(-1::bigint), '{}')
    INTO days, changes FROM old_rows WHERE "hiddenAt" IS NULL;
  END IF;
  PERFORM "cg_add_report_days"(days, changes);
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_reports_counted_inserted" AFTER INSERT ON "Report"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_reports_counted"();
CREATE TRIGGER "cg_reports_counted_updated" AFTER UPDATE ON "Report"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_reports_counted"();
CREATE TRIGGER "cg_reports_counted_deleted" AFTER DELETE ON "Report"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_reports_counted"();

CREATE FUNCTION "cg_reports_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "cg_report_day";
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_reports_counted_truncated" AFTER TRUNCATE ON "Report"
  FOR EACH STATEMENT EXECUTE FUNCTION "cg_reports_truncated"();

SELECT "cg_add_report_days"(coalesce(array_agg("publishedOn"), '{}'), coalesce(array_agg(1::bigint), '{}'))
FROM "Report" WHERE "hiddenAt" IS NULL;
