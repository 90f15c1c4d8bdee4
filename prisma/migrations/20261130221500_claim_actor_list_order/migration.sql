-- An actor's claims in list order (newest claim first) straight from an index. "ClaimActor" rows
-- carry their claim's "claimedOn" and visibility (hand-written columns, kept by triggers), so a
-- page of an actor's claims is a range of cg_claim_actor_list_idx. Before, the planner walked all
-- claims by date and probed each one for the actor: at 1,000,000 claims, 20 claims about one actor
-- took 640 ms.
ALTER TABLE "ClaimActor" ADD COLUMN "cg_claimedOn" date, ADD COLUMN "cg_claimVisible" boolean;

UPDATE "ClaimActor" ca
SET "cg_claimedOn" = c."claimedOn", "cg_claimVisible" = c."hiddenAt" IS NULL
FROM "Claim" c
WHERE c.id = ca."claimId";

-- A new row takes its claim's values (before the NOT NULL checks run).
CREATE FUNCTION "cg_claim_actor_fill"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT c."claimedOn", c."hiddenAt" IS NULL INTO NEW."cg_claimedOn", NEW."cg_claimVisible"
  FROM "Claim" c WHERE c.id = NEW."claimId";
  RETURN NEW;
END $$;

CREATE TRIGGER "cg_claim_actor_fill" BEFORE INSERT OR UPDATE OF "claimId" ON "ClaimActor"
  FOR EACH ROW EXECUTE FUNCTION "cg_claim_actor_fill"();

ALTER TABLE "ClaimActor" ALTER COLUMN "cg_claimedOn" SET NOT NULL, ALTER COLUMN "cg_claimVisible" SET NOT NULL;

-- A claim dated anew, hidden or shown again carries its rows along.
CREATE FUNCTION "cg_claims_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ClaimActor" ca
  SET "cg_claimedOn" = n."claimedOn", "cg_claimVisible" = n."hiddenAt" IS NULL
  FROM new_rows n
  WHERE ca."claimId" = n.id
    AND (ca."cg_claimedOn" <> n."claimedOn" OR ca."cg_claimVisible" <> (n."hiddenAt" IS NULL));
  RETURN NULL;
END $$;

CREATE TRIGGER "cg_claims_moved" AFTER UPDATE ON "Claim"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cg_claims_moved"();

CREATE INDEX "cg_claim_actor_list_idx" ON "ClaimActor" ("actorId", "role", "cg_claimedOn" DESC, "claimId" DESC)
  WHERE "cg_claimVisible";
