-- Per-client limits (ClientLimit), the limits' shared counters (LimitCounter) and the usage a bank bills from
-- (UsageEvent folded into UsageDay / UsageLatency): lib/limits/, lib/usage/, docs/operators.md.
CREATE TABLE "ClientLimit" (
    "institutionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "rps" INTEGER,
    "daily" INTEGER,
    "presentDaily" INTEGER,
    "oauthPerMinute" INTEGER,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClientLimit_pkey" PRIMARY KEY ("institutionId", "clientId")
);
CREATE TABLE "LimitCounter" (
    "key" TEXT NOT NULL,
    "windowId" BIGINT NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "LimitCounter_pkey" PRIMARY KEY ("key")
);
CREATE TABLE "UsageEvent" (
    "id" SERIAL NOT NULL,
    "institutionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "present" BOOLEAN NOT NULL,
    "ms" INTEGER NOT NULL,
    CONSTRAINT "UsageEvent_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "UsageDay" (
    "institutionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "calls" INTEGER NOT NULL,
    "ok" INTEGER NOT NULL,
    "clientErrors" INTEGER NOT NULL,
    "serverErrors" INTEGER NOT NULL,
    "rateLimited" INTEGER NOT NULL,
    "customerPresent" INTEGER NOT NULL,
    CONSTRAINT "UsageDay_pkey" PRIMARY KEY ("institutionId", "clientId", "operation", "day")
);
CREATE TABLE "UsageLatency" (
    "institutionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "UsageLatency_pkey" PRIMARY KEY ("institutionId", "clientId", "operation", "day", "bucket")
);

CREATE INDEX "UsageDay_day_idx" ON "UsageDay"("day");
ALTER TABLE "ClientLimit" ADD CONSTRAINT "ClientLimit_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ClientLimit" ADD CONSTRAINT "ClientLimit_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;
