// Writes a step's result: the new state (and channel/user when known), with its audit entry, in one
// transaction. Only an active interaction is updated.
import "server-only";
import { db } from "@/lib/db";
import { appendAuditEvent, type TAuditInput } from "@/lib/audit/append-audit-event";
import type { TInteractionState } from "./interaction-state";

export async function saveState(
  interactionId: string,
  data: { state: TInteractionState; channel?: string; userId?: string },
  audit?: Omit<TAuditInput, "targetType" | "targetId">,
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.interaction.updateMany({
      where: { id: interactionId, status: "active" },
      data: { state: JSON.stringify(data.state), ...(data.channel ? { channel: data.channel } : {}), ...(data.userId ? { userId: data.userId } : {}) },
    });
    if (audit) await appendAuditEvent(tx, { ...audit, targetType: "interaction", targetId: interactionId.slice(0, 8) });
  });
}
