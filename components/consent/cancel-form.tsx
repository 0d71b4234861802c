// キャンセル (or 戻る) on every step, with the seeds' note that it returns to the external service.
// A plain form post (lib/consent/finish-interaction.ts), so the browser itself goes back to the service.
import { SecondaryButton } from "./buttons";

export function CancelForm({ action, csrf, label = "キャンセル", note = true }: { action: string; csrf: string; label?: string; note?: boolean }) {
  return (
    <form action={action} method="post" className="space-y-2">
      <input type="hidden" name="csrf" value={csrf} />
      <SecondaryButton>{label}</SecondaryButton>
      {note ? <p className="text-sm">※「キャンセル」ボタン押下後は、外部サービスの画面へ戻ります。</p> : null}
    </form>
  );
}
