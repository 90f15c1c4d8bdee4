-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED');

-- CreateTable
CREATE TABLE "Proposal" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'PENDING',
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL DEFAULT '',
    "suffix" TEXT NOT NULL DEFAULT '',
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "language" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "cue" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "credibility" "InformationCredibility" NOT NULL,
    "credibilityCue" TEXT,
    "claimants" JSONB NOT NULL,
    "chain" JSONB NOT NULL,
    "names" JSONB NOT NULL,
    "numbers" JSONB NOT NULL,
    "matches" JSONB NOT NULL,
    "evidence" JSONB,
    "claimId" UUID,
    "appearanceId" UUID,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_appearanceId_key" ON "Proposal"("appearanceId");

-- CreateIndex
CREATE INDEX "Proposal_status_idx" ON "Proposal"("status");

-- CreateIndex
CREATE INDEX "Proposal_claimId_idx" ON "Proposal"("claimId");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_reportId_start_end_key" ON "Proposal"("reportId", "start", "end");

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_appearanceId_fkey" FOREIGN KEY ("appearanceId") REFERENCES "Appearance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- =============================================================================================
-- Written by hand (see docs/migrations.md): what schema.prisma cannot declare, named `cg_*`.
-- =============================================================================================

ALTER TABLE "Proposal" ADD CONSTRAINT "cg_proposal_offsets" CHECK ("start" >= 0 AND "end" > "start");
-- A decision is whole: accepted names the appearance it became, pending has no decision at all.
ALTER TABLE "Proposal" ADD CONSTRAINT "cg_proposal_decision" CHECK (
    ("status" = 'PENDING' AND "appearanceId" IS NULL AND "claimId" IS NULL AND "decidedAt" IS NULL)
    OR ("status" = 'ACCEPTED' AND "appearanceId" IS NOT NULL AND "claimId" IS NOT NULL AND "decidedAt" IS NOT NULL)
    OR ("status" = 'REJECTED' AND "appearanceId" IS NULL AND "decidedAt" IS NOT NULL)
);

-- How alike two texts read, 0..1, for ingest's matching (packages/db/src/proposals/matching.ts):
-- pg_trgm's similarity, or, when one text is contained in the other (a clause quoted inside a
-- longer sentence), 0.8 of its strict word similarity, scaled down when the shorter text is under
-- half the longer one's length.
CREATE FUNCTION "cg_text_similarity"("a" text, "b" text) RETURNS real
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT greatest(
        similarity(a, b),
        0.8 * strict_word_similarity(a, b) * least(1.0, 2.0 * length(a) / greatest(length(b), 1)),
        0.8 * strict_word_similarity(b, a) * least(1.0, 2.0 * length(b) / greatest(length(a), 1))
    )::real
$$;
