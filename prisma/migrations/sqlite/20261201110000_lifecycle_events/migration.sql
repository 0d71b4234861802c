-- Lifecycle events: a client's event_delivery_uri, the grant-expiring marker, the institutions' SET signing keys, and the outbox.
ALTER TABLE "Client" ADD COLUMN "eventDeliveryUri" TEXT;

ALTER TABLE "Grant" ADD COLUMN "expiryWarnedAt" DATETIME;

CREATE TABLE "InstitutionKey" (
    "kid" TEXT NOT NULL PRIMARY KEY,
    "institutionId" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "alg" TEXT NOT NULL,
    "publicJwk" TEXT NOT NULL,
    "privateJwkEnc" TEXT NOT NULL,
    "signsFrom" DATETIME NOT NULL,
    "signsUntil" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InstitutionKey_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE TABLE "SecurityEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "institutionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "grantId" TEXT,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "txn" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "giveUpAt" DATETIME NOT NULL,
    "leaseUntil" DATETIME,
    "lastStatus" INTEGER,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SecurityEvent_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SecurityEvent_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE UNIQUE INDEX "InstitutionKey_institutionId_generation_key" ON "InstitutionKey"("institutionId", "generation");

CREATE INDEX "SecurityEvent_status_nextAttemptAt_idx" ON "SecurityEvent"("status", "nextAttemptAt");

CREATE INDEX "SecurityEvent_clientId_createdAt_idx" ON "SecurityEvent"("clientId", "createdAt");

CREATE INDEX "SecurityEvent_grantId_idx" ON "SecurityEvent"("grantId");

