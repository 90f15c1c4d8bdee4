-- Search ranks the newest matches only (packages/db/src/search/search.ts). To find them for a
-- common word it walks each text search configuration's visible reports newest first and tests
-- each; with the configuration leading this index, that walk is a range of it. Without it, the
-- planner (which has no statistics on cg_search_config(language)) sorted every report of the
-- configuration, vectors and all, to read the newest 2,000: 37 ms at 10,000 reports.
CREATE INDEX "cg_report_config_day_idx" ON "Report" (cg_search_config("language"), "publishedOn" DESC, "id" DESC) WHERE "hiddenAt" IS NULL;
