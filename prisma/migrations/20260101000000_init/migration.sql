-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('YEAR', 'MONTH', 'DAY');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('NEWS_OUTLET', 'NEWS_AGENCY', 'GOVERNMENT_BODY', 'INTELLIGENCE_SERVICE', 'NAMED_OFFICIAL', 'ANONYMOUS_OFFICIAL', 'INTERNATIONAL_BODY', 'SOCIAL_MEDIA_ACCOUNT', 'DOCUMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "SourceReliability" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('STATE', 'ORGANISATION', 'PERSON', 'GROUP');

-- CreateEnum
CREATE TYPE "ClaimKind" AS ENUM ('EVENT', 'QUANTITY', 'INTENT', 'PREDICTION', 'LEGAL_ASSESSMENT', 'CONDITION', 'OTHER');

-- CreateEnum
CREATE TYPE "InformationCredibility" AS ENUM ('CONFIRMED', 'PROBABLY_TRUE', 'POSSIBLY_TRUE', 'DOUBTFUL', 'IMPROBABLE', 'CANNOT_BE_JUDGED');

-- CreateEnum
CREATE TYPE "ClaimActorRole" AS ENUM ('CLAIMANT', 'SUBJECT');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('OPEN', 'CONFIRMED', 'PARTLY_CONFIRMED', 'REFUTED', 'UNVERIFIABLE');

-- CreateEnum
CREATE TYPE "ClaimRelationKind" AS ENUM ('SAME_AS', 'SUPPORTS', 'CONTRADICTS', 'REFINES');

-- CreateEnum
CREATE TYPE "ApiKeyRole" AS ENUM ('EDITOR', 'ADMIN');

-- CreateTable
CREATE TABLE "Report" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "publishedOn" DATE NOT NULL,
    "publishedPrecision" "DatePrecision" NOT NULL,
    "url" TEXT,
    "alternateUrls" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "publisherId" UUID,
    "contentHash" TEXT NOT NULL,
    "isSummary" BOOLEAN NOT NULL DEFAULT false,
    "previousVersionId" UUID,
    "addedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "hiddenAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "homepage" TEXT,
    "country" TEXT,
    "reliability" "SourceReliability" NOT NULL DEFAULT 'F',
    "reliabilityNote" TEXT,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "hiddenAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "countryCode" TEXT,
    "wikidataId" TEXT,
    "description" TEXT,
    "mergedIntoId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "hiddenAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorAlias" (
    "id" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "language" TEXT,
    "originActorId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActorAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorMerge" (
    "id" UUID NOT NULL,
    "survivorId" UUID NOT NULL,
    "mergedId" UUID NOT NULL,
    "reason" TEXT,
    "mergedBy" TEXT NOT NULL,
    "mergedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undoneBy" TEXT,
    "undoneAt" TIMESTAMP(3),

    CONSTRAINT "ActorMerge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorDistinction" (
    "id" UUID NOT NULL,
    "actorAId" UUID NOT NULL,
    "actorBId" UUID NOT NULL,
    "reason" TEXT,
    "decidedBy" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActorDistinction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" UUID NOT NULL,
    "statement" TEXT NOT NULL,
    "kind" "ClaimKind" NOT NULL,
    "claimedOn" DATE NOT NULL,
    "claimedPrecision" "DatePrecision" NOT NULL,
    "credibility" "InformationCredibility" NOT NULL DEFAULT 'CANNOT_BE_JUDGED',
    "resolutionCriteria" TEXT,
    "resolvableBy" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "hiddenAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimActor" (
    "claimId" UUID NOT NULL,
    "actorId" UUID NOT NULL,
    "role" "ClaimActorRole" NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClaimActor_pkey" PRIMARY KEY ("claimId","actorId","role")
);

-- CreateTable
CREATE TABLE "Appearance" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "credibility" "InformationCredibility",
    "translation" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "hiddenAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Appearance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttributionLink" (
    "id" UUID NOT NULL,
    "appearanceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "sourceId" UUID,
    "actorId" UUID,
    "relation" TEXT,

    CONSTRAINT "AttributionLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resolution" (
    "id" UUID NOT NULL,
    "claimId" UUID NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "originalLabel" TEXT,
    "effectiveOn" DATE NOT NULL,
    "effectivePrecision" "DatePrecision" NOT NULL,
    "rationale" TEXT NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "correctsId" UUID,

    CONSTRAINT "Resolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" UUID NOT NULL,
    "resolutionId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimRelation" (
    "id" UUID NOT NULL,
    "fromClaimId" UUID NOT NULL,
    "toClaimId" UUID NOT NULL,
    "kind" "ClaimRelationKind" NOT NULL,
    "note" TEXT,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hiddenAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ClaimRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revision" (
    "id" BIGSERIAL NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "actor" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" "ApiKeyRole" NOT NULL,
    "secretHash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Report_contentHash_key" ON "Report"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "Report_previousVersionId_key" ON "Report"("previousVersionId");

-- CreateIndex
CREATE INDEX "Report_publishedOn_idx" ON "Report"("publishedOn");

-- CreateIndex
CREATE INDEX "Report_publisherId_idx" ON "Report"("publisherId");

-- CreateIndex
CREATE INDEX "Report_language_idx" ON "Report"("language");

-- CreateIndex
CREATE UNIQUE INDEX "Source_slug_key" ON "Source"("slug");

-- CreateIndex
CREATE INDEX "Source_kind_idx" ON "Source"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");

-- CreateIndex
CREATE INDEX "Actor_mergedIntoId_idx" ON "Actor"("mergedIntoId");

-- CreateIndex
CREATE INDEX "Actor_wikidataId_idx" ON "Actor"("wikidataId");

-- CreateIndex
CREATE INDEX "ActorAlias_normalized_idx" ON "ActorAlias"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "ActorAlias_actorId_normalized_key" ON "ActorAlias"("actorId", "normalized");

-- CreateIndex
CREATE INDEX "ActorMerge_survivorId_idx" ON "ActorMerge"("survivorId");

-- CreateIndex
CREATE INDEX "ActorMerge_mergedId_idx" ON "ActorMerge"("mergedId");

-- CreateIndex
CREATE INDEX "ActorDistinction_actorBId_idx" ON "ActorDistinction"("actorBId");

-- CreateIndex
CREATE UNIQUE INDEX "ActorDistinction_actorAId_actorBId_key" ON "ActorDistinction"("actorAId", "actorBId");

-- CreateIndex
CREATE INDEX "Claim_claimedOn_idx" ON "Claim"("claimedOn");

-- CreateIndex
CREATE INDEX "Claim_resolvableBy_idx" ON "Claim"("resolvableBy");

-- CreateIndex
CREATE INDEX "Claim_kind_idx" ON "Claim"("kind");

-- CreateIndex
CREATE INDEX "ClaimActor_actorId_role_idx" ON "ClaimActor"("actorId", "role");

-- CreateIndex
CREATE INDEX "Appearance_claimId_idx" ON "Appearance"("claimId");

-- CreateIndex
CREATE INDEX "Appearance_reportId_start_idx" ON "Appearance"("reportId", "start");

-- CreateIndex
CREATE INDEX "AttributionLink_sourceId_idx" ON "AttributionLink"("sourceId");

-- CreateIndex
CREATE INDEX "AttributionLink_actorId_idx" ON "AttributionLink"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "AttributionLink_appearanceId_position_key" ON "AttributionLink"("appearanceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Resolution_correctsId_key" ON "Resolution"("correctsId");

-- CreateIndex
CREATE INDEX "Resolution_claimId_effectiveOn_idx" ON "Resolution"("claimId", "effectiveOn");

-- CreateIndex
CREATE INDEX "Resolution_verdict_idx" ON "Resolution"("verdict");

-- CreateIndex
CREATE INDEX "Evidence_resolutionId_idx" ON "Evidence"("resolutionId");

-- CreateIndex
CREATE INDEX "Evidence_reportId_idx" ON "Evidence"("reportId");

-- CreateIndex
CREATE INDEX "ClaimRelation_toClaimId_idx" ON "ClaimRelation"("toClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimRelation_fromClaimId_toClaimId_kind_key" ON "ClaimRelation"("fromClaimId", "toClaimId", "kind");

-- CreateIndex
CREATE INDEX "Revision_entityType_entityId_idx" ON "Revision"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "Revision_at_idx" ON "Revision"("at");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_secretHash_key" ON "ApiKey"("secretHash");

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorAlias" ADD CONSTRAINT "ActorAlias_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorAlias" ADD CONSTRAINT "ActorAlias_originActorId_fkey" FOREIGN KEY ("originActorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorMerge" ADD CONSTRAINT "ActorMerge_survivorId_fkey" FOREIGN KEY ("survivorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorMerge" ADD CONSTRAINT "ActorMerge_mergedId_fkey" FOREIGN KEY ("mergedId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorDistinction" ADD CONSTRAINT "ActorDistinction_actorAId_fkey" FOREIGN KEY ("actorAId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorDistinction" ADD CONSTRAINT "ActorDistinction_actorBId_fkey" FOREIGN KEY ("actorBId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimActor" ADD CONSTRAINT "ClaimActor_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimActor" ADD CONSTRAINT "ClaimActor_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appearance" ADD CONSTRAINT "Appearance_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributionLink" ADD CONSTRAINT "AttributionLink_appearanceId_fkey" FOREIGN KEY ("appearanceId") REFERENCES "Appearance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributionLink" ADD CONSTRAINT "AttributionLink_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttributionLink" ADD CONSTRAINT "AttributionLink_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resolution" ADD CONSTRAINT "Resolution_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "Resolution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_resolutionId_fkey" FOREIGN KEY ("resolutionId") REFERENCES "Resolution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_fromClaimId_fkey" FOREIGN KEY ("fromClaimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "ClaimRelation_toClaimId_fkey" FOREIGN KEY ("toClaimId") REFERENCES "Claim"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- =============================================================================================
-- Written by hand: what schema.prisma cannot declare. Every object here is named `cg_*`, which
-- the drift check (packages/db/src/migrate/drift.ts) leaves out of its comparison with the
-- schema; keep that prefix for anything added this way.
-- =============================================================================================

-- Trigram similarity (actor and source lookups) and accent folding (alias normalisation).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The text search configuration for a BCP 47 language tag. IMMUTABLE so that generated columns
-- may use it; the configuration names are schema-qualified so the result never depends on the
-- caller's search_path.
CREATE FUNCTION "cg_search_config"("language" text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
        SELECT CASE
            WHEN "language" ~* '^de(-|$)' THEN 'pg_catalog.german'::regconfig
            WHEN "language" ~* '^en(-|$)' THEN 'pg_catalog.english'::regconfig
            ELSE 'pg_catalog.simple'::regconfig
        END
    $$;

-- Full-text search: stemmed in the text's own language, and unstemmed for names and for
-- queries in another language than the text.
ALTER TABLE "Report"
    ADD COLUMN "cg_search" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(cg_search_config("language"), coalesce("title", '')), 'A')
        || setweight(to_tsvector(cg_search_config("language"), "body"), 'B')
    ) STORED,
    ADD COLUMN "cg_search_simple" tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', coalesce("title", '') || ' ' || "body")
    ) STORED;
CREATE INDEX "cg_report_search_idx" ON "Report" USING GIN ("cg_search");
CREATE INDEX "cg_report_search_simple_idx" ON "Report" USING GIN ("cg_search_simple");

ALTER TABLE "Claim"
    ADD COLUMN "cg_search" tsvector GENERATED ALWAYS AS (to_tsvector('english', "statement")) STORED,
    ADD COLUMN "cg_search_simple" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "statement")) STORED;
CREATE INDEX "cg_claim_search_idx" ON "Claim" USING GIN ("cg_search");
CREATE INDEX "cg_claim_search_simple_idx" ON "Claim" USING GIN ("cg_search_simple");

-- Invariants the application relies on.
ALTER TABLE "Appearance" ADD CONSTRAINT "cg_appearance_offsets" CHECK ("start" >= 0 AND "end" > "start");
ALTER TABLE "Evidence" ADD CONSTRAINT "cg_evidence_offsets" CHECK ("start" >= 0 AND "end" > "start");
ALTER TABLE "AttributionLink" ADD CONSTRAINT "cg_attribution_link_one_party" CHECK (num_nonnulls("sourceId", "actorId") = 1);
ALTER TABLE "AttributionLink" ADD CONSTRAINT "cg_attribution_link_position" CHECK ("position" >= 1);
ALTER TABLE "ClaimRelation" ADD CONSTRAINT "cg_claim_relation_distinct" CHECK ("fromClaimId" <> "toClaimId");
ALTER TABLE "ActorDistinction" ADD CONSTRAINT "cg_actor_distinction_distinct" CHECK ("actorAId" <> "actorBId");
ALTER TABLE "ActorMerge" ADD CONSTRAINT "cg_actor_merge_distinct" CHECK ("survivorId" <> "mergedId");
ALTER TABLE "Claim" ADD CONSTRAINT "cg_claim_statement_present" CHECK (btrim("statement") <> '');
ALTER TABLE "Report" ADD CONSTRAINT "cg_report_language_present" CHECK (btrim("language") <> '');
ALTER TABLE "Resolution" ADD CONSTRAINT "cg_resolution_rationale_present" CHECK (btrim("rationale") <> '');
