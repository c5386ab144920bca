-- CreateTable
CREATE TABLE "RateHit" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "bucket" TEXT NOT NULL,
    "client" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "RateHit_bucket_at_idx" ON "RateHit"("bucket", "at");

-- CreateIndex
CREATE INDEX "RateHit_bucket_client_at_idx" ON "RateHit"("bucket", "client", "at");

