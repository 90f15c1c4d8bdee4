-- AlterTable
ALTER TABLE "ActorAlias" ADD COLUMN     "hiddenAt" TIMESTAMP(3),
ADD COLUMN     "shared" BOOLEAN NOT NULL DEFAULT false;
