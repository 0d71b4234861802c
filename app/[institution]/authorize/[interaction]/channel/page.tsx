import type { Metadata } from "next";
import { StepLayout } from "@/components/consent/step-layout";
import { ChannelChoice } from "@/components/consent/channel-choice";
import { CancelForm } from "@/components/consent/cancel-form";
import { chooseChannelAction } from "@/lib/consent/actions/choose-channel";
import { csrfToken } from "@/lib/consent/csrf";
import { requireStep } from "@/lib/consent/require-step";
import { STEP_TAB_NAMES, stepTitle } from "@/lib/consent/step-titles";

export const metadata: Metadata = { title: STEP_TAB_NAMES["channel"], robots: { index: false } };

type TProps = { params: Promise<{ institution: string; interaction: string }> };

export default async function ChannelPage({ params }: TProps) {
  const { institution: slug, interaction: id } = await params;
  const ctx = await requireStep(slug, id, ["channel"]);
  const { theme, settings } = ctx.institution;
  const options = settings.channels.filter((c) => ctx.client.channels.includes(c)).map((c) => ({
    value: c,
    label: c === "personal" ? "個人のお客さま" : "法人のお客さま",
    description: theme.channelNames[c],
  }));
  return (
    <StepLayout theme={theme} institutionName={ctx.institution.name} title={stepTitle(settings, "channel")}>
      <ChannelChoice action={chooseChannelAction.bind(null, slug, id)} csrf={csrfToken(id)} options={options} />
      <CancelForm action={`/${slug}/authorize/${id}/cancel`} csrf={csrfToken(id)} />
    </StepLayout>
  );
}
