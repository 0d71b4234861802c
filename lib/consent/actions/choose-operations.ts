"use server";
// 手順3 認可業務選択: at least one of the operations the aggregator asked for.
import { redirect } from "next/navigation";
import { ZScope, type TScope } from "@/lib/oauth/authorization-request/authorization-params";
import { csrfValid } from "../csrf";
import { expiredFormState, withNonce, type TFormState } from "@/lib/forms/form-state";
import { requireStep } from "../require-step";
import { saveState } from "../save-state";
import { CHECK_INPUT, PICK_OPERATION } from "@/lib/forms/messages";

export async function chooseOperationsAction(slug: string, interactionId: string, _prev: TFormState, formData: FormData): Promise<TFormState> {
  const ctx = await requireStep(slug, interactionId, ["operations"]);
  if (!csrfValid(interactionId, formData)) return expiredFormState();
  const chosen = formData.getAll("scope").map((s) => ZScope.safeParse(s)).filter((r) => r.success).map((r) => r.data as TScope)
    .filter((s) => ctx.params.scopes.includes(s));
  if (chosen.length === 0) return withNonce({ errors: { scope: PICK_OPERATION }, values: {}, message: CHECK_INPUT });
  await saveState(interactionId, { state: { ...ctx.state, scopes: [...new Set(chosen)] } });
  redirect(`/${slug}/authorize/${interactionId}`);
}
