-- Operator console sessions held server-side: sign-out and the idle timeout end them on every instance.
CREATE TABLE "OperatorSession" (
    "idHash" TEXT NOT NULL,
    "operatorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    CONSTRAINT "OperatorSession_pkey" PRIMARY KEY ("idHash")
);

CREATE INDEX "OperatorSession_operatorId_idx" ON "OperatorSession"("operatorId");

ALTER TABLE "OperatorSession" ADD CONSTRAINT "OperatorSession_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "Operator"("id") ON DELETE CASCADE ON UPDATE CASCADE;
