-- CreateTable
CREATE TABLE "RateHit" (
    "id" SERIAL NOT NULL,
    "bucket" TEXT NOT NULL,
    "client" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateHit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RateHit_bucket_at_idx" ON "RateHit"("bucket", "at");

-- CreateIndex
CREATE INDEX "RateHit_bucket_client_at_idx" ON "RateHit"("bucket", "client", "at");

