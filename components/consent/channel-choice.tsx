// 個人 / 法人: "外部企業のサービスによって自動的にいずれかの認証画面に遷移します" (docs/seeds/001) — and when
// the service did not say, the customer chooses.
import { PrimaryButton } from "./buttons";

export function ChannelChoice({ action, csrf, options }: { action: (formData: FormData) => void | Promise<void>; csrf: string; options: { value: string; label: string; description: string }[] }) {
  return (
    <div className="space-y-4">
      <p>ご利用のインターネットバンキングを選択してください。個人向けサービスの場合は「個人」、法人向けサービスの場合は「法人」となります。</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {options.map((o) => (
          <form key={o.value} action={action} className="rounded-theme border border-black/15 bg-surface p-4">
            <input type="hidden" name="csrf" value={csrf} />
            <input type="hidden" name="channel" value={o.value} />
            <p className="mb-3 text-sm">{o.description}</p>
            <PrimaryButton className="w-full">{o.label}</PrimaryButton>
          </form>
        ))}
      </div>
    </div>
  );
}
