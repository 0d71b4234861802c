"use server";
// 個人 / 法人: for a client registered for both that did not say which in its PAR (docs/design.md §3).
import { redirect } from "next/navigation";
import { ZChannel } from "@/lib/institutions/settings";
import { csrfValid } from "../csrf";
import { requireStep } from "../require-step";
import { saveState } from "../save-state";

export async function chooseChannelAction(slug: string, interactionId: string, formData: FormData): Promise<void> {
  const ctx = await requireStep(slug, interactionId, ["channel"]);
  const channel = ZChannel.safeParse(formData.get("channel"));
  if (csrfValid(interactionId, formData) && channel.success && ctx.institution.settings.channels.includes(channel.data) && ctx.client.channels.includes(channel.data)) {
    await saveState(interactionId, { state: ctx.state, channel: channel.data });
  }
  redirect(`/${slug}/authorize/${interactionId}`);
}
