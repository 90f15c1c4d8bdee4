-- cg_report_day (migration report_day_counts) counts reports and summaries apart, so the reader's
-- two lists on its home page (reports, then editors' summaries: `reports(filter: { isSummary })`)
-- count from the sums too, and so does a range of publication days. At 100,000 reports each of
-- the two counts read every report's row (53-64 ms).
DROP TRIGGER "cg_reports_counted_inserted" ON "Report";
DROP TRIGGER "cg_reports_counted_updated" ON "Report";
DROP TRIGGER "cg_reports_counted_deleted" ON "Report";
DROP TRIGGER "cg_reports_counted_truncated" ON "Report";
DROP FUNCTION "cg_reports_counted"();
DROP FUNCTION "cg_reports_truncated"();
DROP FUNCTION "cg_add_report_days"(date[], bigint[]);
DROP TABLE "cg_report_day";

CREATE TABLE "cg_report_day" (
  "day" date NOT NULL,
  "isSummary" boolean NOT NULL,
  "change" bigint NOT NULL,
  PRIMARY KEY ("day", "isSummary")
);

CREATE FUNCTION "cg_add_report_days"(days date[], summaries boolean[], changes bigint[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "cg_report_day" AS t ("day", "isSummary", "change")
  SELECT c.day, c.summary, sum(c.change) FROM unnest(days, summaries, changes) AS c(day, summary, change)
  GROUP BY c.day, c.summary HAVING sum(c.change) <> 0 ORDER BY c.day, c.summary
  ON CONFLICT ("day", "isSummary") DO UPDATE SET "change" = t."change" + excluded."change";
$$;

CREATE FUNCTION "cg_reports_counted"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  days date[] := '{}';
  summaries boolean[] := '{}';
  changes bigint[] := '{}';
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT days || coalesce(array_agg("publishedOn"), '{}'), summaries || coalesce(array_agg("isSummary"), '{}'),
           changes || coalesce(array_agg(1::bigint), '{}')
    INTO days, summaries, changes FROM new_rows WHERE "hiddenAt" IS NULL;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT days || coalesce(array_agg("publishedOn"), '{}'), summaries || coalesce(array_agg("isSummary"), '{}'),
           changes || coalesce(array_agg(-1::bigint), '{}')
    INTO days, summaries, changes FROM old_rows WHERE "hiddenAt" IS NULL;
  END IF;
  PERFORM "cg_add_report_days"(days, summaries, changes);
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

SELECT "cg_add_report_days"(coalesce(array_agg("publishedOn"), '{}'), coalesce(array_agg("isSummary"), '{}'), coalesce(array_agg(1::bigint), '{}'))
FROM "Report" WHERE "hiddenAt" IS NULL;
