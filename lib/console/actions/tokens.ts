"use server";
// Initial access tokens (RFC 7591 §3): issue (shown once) and revoke.
import { redirect } from "next/navigation";
import { requireOperator } from "../require-operator";
import { currentClientIp } from "@/lib/http/current-client-ip";
import { ConsoleForbidden } from "../operator-scope";
import { outcomeOf } from "../outcome-of";
import { issueInitialAccessToken } from "../issue-initial-access-token";
import { revokeInitialAccessToken } from "../revoke-initial-access-token";

export type TIssueState = { message: string; token?: string; label?: string };

export async function issueTokenAction(_prev: TIssueState, formData: FormData): Promise<TIssueState> {
  const scope = await requireOperator();
  const input = { institutionId: String(formData.get("institutionId") ?? ""), label: String(formData.get("label") ?? ""), days: String(formData.get("days") ?? "") };
  try {
    const result = await issueInitialAccessToken(scope, input, await currentClientIp());
    return result.ok ? { message: "", token: result.token, label: input.label } : { message: result.message };
  } catch (error) {
    if (error instanceof ConsoleForbidden) return { message: error.message };
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
