"use server";
// The console's limits action (the client's page, one form per institution): a client's rps, daily,
// present-daily and token/PAR-per-minute limits at one institution (lib/limits/set-client-limits.ts).
// A refusal stays on the form with the message beside its field.
import { currentClientIp } from "@/lib/http/current-client-ip";
import { LIMIT_FIELDS } from "@/lib/limits/client-limits";
import { parseLimitText, setClientLimits, type TClientLimitValues } from "@/lib/limits/set-client-limits";
import { requireOperator } from "../require-operator";
import { assertCanActFor, ConsoleForbidden } from "../operator-scope";

export type TLimitsFormState = { errors: Record<string, string>; values: Record<string, string>; saved?: boolean };

export async function setClientLimitsAction(_prev: TLimitsFormState, formData: FormData): Promise<TLimitsFormState> {
  const scope = await requireOperator();
  const clientId = String(formData.get("clientId") ?? "");
  const institutionId = String(formData.get("institutionId") ?? "");
  const values = Object.fromEntries(LIMIT_FIELDS.map((f) => [f, String(formData.get(f) ?? "")]));
  const errors: Record<string, string> = {};
  const parsed: Partial<TClientLimitValues> = {};
  for (const field of LIMIT_FIELDS) {
    const result = parseLimitText(values[field]);
    if ("problem" in result) errors[field] = result.problem;
    else parsed[field] = result.value;
  }
  if (Object.keys(errors).length) return { errors, values };
  try {
    assertCanActFor(scope, institutionId);
    const result = await setClientLimits({ institutionId, clientId, values: parsed as TClientLimitValues }, { type: "operator", id: scope.loginId }, await currentClientIp());
    if (!result.ok) return { errors: { form: result.error }, values };
  } catch (error) {
    if (error instanceof ConsoleForbidden) return { errors: { form: error.message }, values };
    throw error;
  }
  return { errors: {}, values, saved: true };
}
