-- The visible reports of each kind in all, beside the per-day sums of migration
-- report_day_counts_by_kind, for the count of a list of reports over no range of days (the reader's
-- home page, `reports` without asOf or publishedFrom/To): it read every day's row, 3,001 at 10,000
-- reports, about a fifth of the newest reports' statement (read 1 of docs/performance.md).
--
-- Kept by cg_add_report_days, through which every change to the per-day sums goes. A report
-- written updates its kind's one row here, as it updates its day's row there: two transactions
-- adding reports of one kind wait for each other's commit, as those of one day already did.
CREATE TABLE "cg_report_total" (
  "isSummary" boolean PRIMARY KEY,
  "n" bigint NOT NULL
);

CREATE OR REPLACE FUNCTION "cg_add_report_days"(days date[], summaries boolean[], changes bigint[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "cg_report_day" AS t ("day", "isSummary", "change")
  SELECT c.day, c.summary, sum(c.change) FROM unnest(days, summaries, changes) AS c(day, summary, change)
  GROUP BY c.day, c.summary HAVING sum(c.change) <> 0 ORDER BY c.day, c.summary
  ON CONFLICT ("day", "isSummary") DO UPDATE SET "change" = t."change" + excluded."change";
  INSERT INTO "cg_report_total" AS t ("isSummary", "n")
  SELECT c.summary, sum(c.change) FROM unnest(summaries, changes) AS c(summary, change)
  GROUP BY c.summary HAVING sum(c.change) <> 0 ORDER BY c.summary
  ON CONFLICT ("isSummary") DO UPDATE SET "n" = t."n" + excluded."n";
$$;

CREATE OR REPLACE FUNCTION "cg_reports_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "cg_report_day";
  DELETE FROM "cg_report_total";
  RETURN NULL;
END $$;

INSERT INTO "cg_report_total" ("isSummary", "n")
SELECT "isSummary", sum("change") FROM "cg_report_day" GROUP BY "isSummary";
