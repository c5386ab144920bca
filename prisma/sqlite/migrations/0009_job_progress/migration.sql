-- AlterTable
ALTER TABLE "ImportJob" ADD COLUMN "progress" JSONB;

