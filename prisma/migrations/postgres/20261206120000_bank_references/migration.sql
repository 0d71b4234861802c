-- The bank connector (lib/bank): in http mode a customer and the accounts a grant covers are named by the
-- bank's references; Renkei keeps no secret, PIN, balance or transaction of theirs. Null when embedded.
ALTER TABLE "User" ADD COLUMN "bankRef" TEXT;
ALTER TABLE "Account" ADD COLUMN "bankRef" TEXT;
CREATE UNIQUE INDEX "User_institutionId_bankRef_key" ON "User"("institutionId", "bankRef");
CREATE UNIQUE INDEX "Account_institutionId_bankRef_key" ON "Account"("institutionId", "bankRef");
