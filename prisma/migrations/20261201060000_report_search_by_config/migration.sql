-- Report search reads one text search configuration at a time (search.ts reads a query in German
-- for German reports, in English for English ones, unstemmed for the rest). One GIN index over all
-- reports answered each reading with every report holding the lexeme, whatever its language: the
-- German reading of "artillery" ('artilleri':*) also matched every English report, and each
-- reading's bitmap visited and dropped them. At 100,000 reports, "artillery" visited 50,001 heap
-- pages three times (1,090 ms). Each configuration now has its own pair of indexes (stemmed
-- cg_search, unstemmed cg_search_simple) over the visible reports it holds (de: German, en:
-- English, other: every other language, read with 'simple'), so a reading visits only rows it can
-- match. The predicates must stay word for word what search.ts writes, or the planner cannot use them.
DROP INDEX "cg_report_search_idx";
DROP INDEX "cg_report_search_simple_idx";

CREATE INDEX "cg_report_search_de_idx" ON "Report" USING GIN ("cg_search") WITH (fastupdate = off)
    WHERE "hiddenAt" IS NULL AND cg_search_config("language") = 'pg_catalog.german'::regconfig;
CREATE INDEX "cg_report_search_en_idx" ON "Report" USING GIN ("cg_search") WITH (fastupdate = off)
    WHERE "hiddenAt" IS NULL AND cg_search_config("language") = 'pg_catalog.english'::regconfig;
CREATE INDEX "cg_report_search_other_idx" ON "Report" USING GIN ("cg_search") WITH (fastupdate = off)
    WHERE "hiddenAt" IS NULL AND cg_search_config("language") = 'pg_catalog.simple'::regconfig;

CREATE INDEX "cg_report_unstemmed_de_idx" ON "Report" USING GIN ("cg_search_simple") WITH (fastupdate = off)
    WHERE "hiddenAt" IS NULL AND cg_search_config("language") = 'pg_catalog.german'::regconfig;
CREATE INDEX "cg_report_unstemmed_en_idx" ON "Report" USING GIN ("cg_search_simple") WITH (fastupdate = off)
    WHERE "hiddenAt" IS NULL AND cg_search_config("language") = 'pg_catalog.english'::regconfig;
CREATE INDEX "cg_report_unstemmed_other_idx" ON "Report" USING GIN ("cg_search_simple") WITH (fastupdate = off)
    WHERE "hiddenAt" IS NULL AND cg_search_config("language") = 'pg_catalog.simple'::regconfig;
