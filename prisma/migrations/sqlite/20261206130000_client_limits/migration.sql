-- Per-client limits (ClientLimit), the limits' shared counters (LimitCounter) and the usage a bank bills from
-- (UsageEvent folded into UsageDay / UsageLatency): lib/limits/, lib/usage/, docs/operators.md.
CREATE TABLE "ClientLimit" (
    "institutionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "rps" INTEGER,
    "daily" INTEGER,
    "presentDaily" INTEGER,
    "oauthPerMinute" INTEGER,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY ("institutionId", "clientId"),
    CONSTRAINT "ClientLimit_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClientLimit_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE TABLE "LimitCounter" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "windowId" BIGINT NOT NULL,
    "count" INTEGER NOT NULL
);
CREATE TABLE "UsageEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "institutionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "present" BOOLEAN NOT NULL,
    "ms" INTEGER NOT NULL
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
    PRIMARY KEY ("institutionId", "clientId", "operation", "day")
);
CREATE TABLE "UsageLatency" (
    "institutionId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "bucket" INTEGER NOT NULL,
    "count" INTEGER NOT NULL,
    PRIMARY KEY ("institutionId", "clientId", "operation", "day", "bucket")
);

CREATE INDEX "UsageDay_day_idx" ON "UsageDay"("day");
