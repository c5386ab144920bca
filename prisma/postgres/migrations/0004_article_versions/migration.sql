-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "previousId" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "Article_previousId_key" ON "Article"("previousId");

-- CreateIndex
CREATE INDEX "Article_url_idx" ON "Article"("url");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

