-- 連携先一覧 lists a partner only once an operator publishes it at the institution.
ALTER TABLE "ClientInstitution" ADD COLUMN "publishedAt" DATETIME;

-- An operator's revocation records the reason the operator gave.
ALTER TABLE "Grant" ADD COLUMN "revokedReason" TEXT;

-- The demo data's 連携先一覧 (the aggregators of prisma/seed/aggregators.ts, listing data only) was public
-- before publishing existed: it stays listed. Every other client waits for an operator.
UPDATE "ClientInstitution" SET "publishedAt" = CURRENT_TIMESTAMP
WHERE "clientId" IN (SELECT "id" FROM "Client" WHERE "sandbox" = 0 AND "clientId" IN
  ('freee', 'sorimachi', 'zaim', 'moneyforward', 'moneytree', 'yayoi', 'moneylook', 'mjs', 'account-tracker', 'emerada'));
