// `npm run renkei -- demo remove`: deletes what the demo seed made that opens a door — the demo customers'
// contracts (with their users, accounts, transactions and grants: the schema cascades) and the demo's own
// clients (renkei-demo, renkei-sandbox) — with one audit entry each, for a database that was seeded
// before it was meant for production. The institutions, the listing-only aggregators and the operators
// stay: an operator with a demo password changes it (`renkei operator password`).
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { demoAggregatorClient, sandboxClient } from "@/lib/demo/demo-aggregators";
import { demoContracts } from "@/lib/demo/demo-customers";

export async function removeDemoData(actorId: string): Promise<{ contracts: number; clients: number }> {
  return db.$transaction(async (tx) => {
    let contracts = 0;
    for (const demo of demoContracts) {
      const row = await tx.contract.findFirst({ where: { contractNumber: demo.contractNumber, institution: { slug: demo.institution } }, select: { id: true, institutionId: true } });
      if (!row) continue;
      await tx.contract.delete({ where: { id: row.id } });
      await appendAuditEvent(tx, { institutionId: row.institutionId, actorType: "operator", actorId, action: "demo.contract-removed", targetType: "contract", targetId: demo.contractNumber });
      contracts += 1;
    }
    let clients = 0;
    for (const clientId of [demoAggregatorClient.clientId, sandboxClient.clientId]) {
      const { count } = await tx.client.deleteMany({ where: { clientId } });
      if (!count) continue;
      await appendAuditEvent(tx, { actorType: "operator", actorId, action: "demo.client-removed", targetType: "client", targetId: clientId });
      clients += 1;
    }
    return { contracts, clients };
  });
}
