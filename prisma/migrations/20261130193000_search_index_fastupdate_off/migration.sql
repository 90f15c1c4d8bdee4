-- The search GIN indexes take each write straight into the index instead of queueing it in a
-- pending list. With the list (GIN's default, fastupdate), rows written since the last vacuum sit
-- unindexed: every search reads the whole list, and the planner, costing those pages, picks a
-- scan of every report over the index (at 5,000 fresh reports, "artillery": a Seq Scan of all of
-- them, 9.0 ms for the statement, against Bitmap Index Scans of both indexes, 2.1 ms;
-- test/search-plan.test.ts). Writes are one report or claim at a time; ingest can afford the
-- extra index work.
ALTER INDEX "cg_report_search_idx" SET (fastupdate = off);
ALTER INDEX "cg_report_search_simple_idx" SET (fastupdate = off);
ALTER INDEX "cg_claim_search_idx" SET (fastupdate = off);
ALTER INDEX "cg_claim_search_simple_idx" SET (fastupdate = off);

-- What is queued already goes into the indexes now (the setting only changes later writes).
SELECT gin_clean_pending_list('"cg_report_search_idx"'::regclass);
SELECT gin_clean_pending_list('"cg_report_search_simple_idx"'::regclass);
SELECT gin_clean_pending_list('"cg_claim_search_idx"'::regclass);
SELECT gin_clean_pending_list('"cg_claim_search_simple_idx"'::regclass);
