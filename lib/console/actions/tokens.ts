"use server";
// Initial access tokens (RFC 7591 §3): issue (shown once) and revoke.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireOperator } from "../require-operator";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { ConsoleForbidden } from "../operator-scope";
import { outcomeOf } from "../outcome-of";
import { issueInitialAccessToken } from "../issue-initial-access-token";
import { revokeInitialAccessToken } from "../revoke-initial-access-token";

/** The form's state: the issued token (shown once), or the messages beside each field and what was entered. */
export type TIssueState = { errors: Record<string, string>; values?: Record<string, string>; token?: string; label?: string; message?: string };

export async function issueTokenAction(_prev: TIssueState, formData: FormData): Promise<TIssueState> {
  const scope = await requireOperator();
  const text = (name: string) => String(formData.get(name) ?? "");
  const values = { institutionId: text("institutionId"), label: text("label"), aggregatorName: text("aggregatorName"), registrationNumber: text("registrationNumber"), hours: text("hours"), singleUse: formData.get("singleUse") === "on" ? "on" : "" };
  try {
    const result = await issueInitialAccessToken(scope, { ...values, singleUse: values.singleUse === "on" }, await currentClientIp());
    if (!result.ok) return { errors: result.errors, values };
    // the list under the form shows the new token at once
    revalidatePath("/console/tokens");
    return { errors: {}, token: result.token, label: values.label };
  } catch (error) {
    if (error instanceof ConsoleForbidden) return { errors: {}, message: error.message, values };
    throw error;
  }
}

export async function revokeTokenAction(formData: FormData): Promise<void> {
  const scope = await requireOperator();
  const outcome = await outcomeOf(async () => {
    await revokeInitialAccessToken(scope, String(formData.get("id") ?? ""), await currentClientIp());
    return "revoked";
  });
  redirect(`/console/tokens?done=${outcome}`);
}
