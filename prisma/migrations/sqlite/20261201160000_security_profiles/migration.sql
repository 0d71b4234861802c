-- Security profiles per client (lib/oauth/profile-policy.ts): fapi2 (the default) or baseline with its
-- sunset date; refresh-token rotation for baseline (RFC 9700 §4.14.2); and an interaction without a
-- pushed request (a baseline client's query-parameter authorization request).
ALTER TABLE "Client" ADD COLUMN "securityProfile" TEXT NOT NULL DEFAULT 'fapi2';
ALTER TABLE "Client" ADD COLUMN "securityProfileSunsetAt" DATETIME;
ALTER TABLE "RefreshToken" ADD COLUMN "rotatedAt" DATETIME;

-- SQLite cannot drop NOT NULL in place: the table is rebuilt (no other table refers to Interaction).
CREATE TABLE "new_Interaction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "institutionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "pushedRequestId" TEXT,
    "params" TEXT NOT NULL,
    "channel" TEXT,
    "userId" TEXT,
    "step" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT '{}',
    "browserHash" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active',
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Interaction_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Interaction_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Interaction_pushedRequestId_fkey" FOREIGN KEY ("pushedRequestId") REFERENCES "PushedRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Interaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Interaction" ("id", "institutionId", "clientId", "pushedRequestId", "params", "channel", "userId", "step", "state", "browserHash", "status", "expiresAt", "createdAt", "updatedAt")
    SELECT "id", "institutionId", "clientId", "pushedRequestId", "params", "channel", "userId", "step", "state", "browserHash", "status", "expiresAt", "createdAt", "updatedAt" FROM "Interaction";
DROP TABLE "Interaction";
ALTER TABLE "new_Interaction" RENAME TO "Interaction";
CREATE INDEX "Interaction_status_expiresAt_idx" ON "Interaction"("status", "expiresAt");
