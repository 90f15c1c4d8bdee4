-- The reports list filtered by kind (`reports(filter: { isSummary })`; the reader's home page asks
-- for the newest editors' summaries and the newest other reports) walked cg_report_visible_idx
-- and read each report's row to test "isSummary": with no summary among 100,000 reports, the
-- home page's summaries took 70 ms to find none. The kind leads this index, so a page of either
-- kind is a range of it. Prisma sends the kind as a bind parameter, which a partial index
-- (WHERE "isSummary") could not be proven to match in a generic plan; a leading column can.
CREATE INDEX "cg_report_kind_visible_idx" ON "Report" ("isSummary", "publishedOn" DESC, "id" DESC) WHERE "hiddenAt" IS NULL;
