-- Operator console sessions held server-side: sign-out and the idle timeout end them on every instance.
CREATE TABLE "OperatorSession" (
    "idHash" TEXT NOT NULL PRIMARY KEY,
    "operatorId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "OperatorSession_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "Operator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "OperatorSession_operatorId_idx" ON "OperatorSession"("operatorId");
