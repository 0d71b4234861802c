-- Security profiles per client (lib/oauth/profile-policy.ts): fapi2 (the default) or baseline with its
-- sunset date; refresh-token rotation for baseline (RFC 9700 §4.14.2); and an interaction without a
-- pushed request (a baseline client's query-parameter authorization request).
ALTER TABLE "Client" ADD COLUMN "securityProfile" TEXT NOT NULL DEFAULT 'fapi2';
ALTER TABLE "Client" ADD COLUMN "securityProfileSunsetAt" TIMESTAMP(3);
ALTER TABLE "RefreshToken" ADD COLUMN "rotatedAt" TIMESTAMP(3);
ALTER TABLE "Interaction" ALTER COLUMN "pushedRequestId" DROP NOT NULL;
