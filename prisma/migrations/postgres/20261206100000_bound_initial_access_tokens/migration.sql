-- Initial access tokens issued for one aggregator (name and 登録番号 fixed in the token), and single-use
-- tokens spent by the registration they allow (lib/oauth/verify-initial-access-token.ts). A token issued
-- before this migration is bound to no aggregator: it may only create a new one, as the environment's.
ALTER TABLE "InitialAccessToken" ADD COLUMN "aggregatorName" TEXT;
ALTER TABLE "InitialAccessToken" ADD COLUMN "aggregatorRegistrationNumber" TEXT;
ALTER TABLE "InitialAccessToken" ADD COLUMN "singleUse" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "InitialAccessToken" ADD COLUMN "usedAt" TIMESTAMP(3);
