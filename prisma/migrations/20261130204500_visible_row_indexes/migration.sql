-- The lists' orders over visible rows only. Every list and its totalCount read the rows that are
-- not hidden ("hiddenAt" IS NULL), newest first. With the ordering index alone, counting them read
-- every row of the table (a report row carries its whole body): at 10,000 reports
-- `reports { totalCount }` took 7.4-10.5 ms. With these partial indexes the count is an index-only
-- scan (1.5 ms) and a page walks the index in its own order.
CREATE INDEX "cg_report_visible_idx" ON "Report" ("publishedOn" DESC, "id" DESC) WHERE "hiddenAt" IS NULL;
CREATE INDEX "cg_claim_visible_idx" ON "Claim" ("claimedOn" DESC, "id" DESC) WHERE "hiddenAt" IS NULL;
