-- Lifecycle events: a client's event_delivery_uri, the grant-expiring marker, the institutions' SET signing keys, and the outbox.
ALTER TABLE "Client" ADD COLUMN "eventDeliveryUri" TEXT;

ALTER TABLE "Grant" ADD COLUMN "expiryWarnedAt" TIMESTAMP(3);

CREATE TABLE "InstitutionKey" (
    "kid" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "generation" INTEGER NOT NULL,
    "alg" TEXT NOT NULL,
    "publicJwk" TEXT NOT NULL,
    "privateJwkEnc" TEXT NOT NULL,
    "signsFrom" TIMESTAMP(3) NOT NULL,
    "signsUntil" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InstitutionKey_pkey" PRIMARY KEY ("kid")
);

CREATE TABLE "SecurityEvent" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "grantId" TEXT,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "txn" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "giveUpAt" TIMESTAMP(3) NOT NULL,
    "leaseUntil" TIMESTAMP(3),
    "lastStatus" INTEGER,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "SecurityEvent_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "InstitutionKey_institutionId_generation_key" ON "InstitutionKey"("institutionId", "generation");

CREATE INDEX "SecurityEvent_status_nextAttemptAt_idx" ON "SecurityEvent"("status", "nextAttemptAt");

CREATE INDEX "SecurityEvent_clientId_createdAt_idx" ON "SecurityEvent"("clientId", "createdAt");

CREATE INDEX "SecurityEvent_grantId_idx" ON "SecurityEvent"("grantId");

ALTER TABLE "InstitutionKey" ADD CONSTRAINT "InstitutionKey_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "SecurityEvent" ADD CONSTRAINT "SecurityEvent_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "SecurityEvent" ADD CONSTRAINT "SecurityEvent_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

