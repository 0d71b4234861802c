// For a step's page or action: the live interaction, at the step named — otherwise a redirect to
// where the customer really is (so the back button never replays a step) or to the ended page.
import "server-only";
import { redirect } from "next/navigation";
import { loadStep, type TLiveStep } from "./load-step";
import { stepPath, type TStepId } from "./next-step";

export async function requireStep(slug: string, interactionId: string, allowed: TStepId[]): Promise<TLiveStep> {
  const ctx = await loadStep(slug, interactionId);
  if (ctx.kind === "ended") redirect(`/${slug}/authorize/${interactionId}`);
  if (!allowed.includes(ctx.current.id)) redirect(stepPath(slug, interactionId, ctx.current));
  return ctx;
}
