// /console/passkeys — パスキー: per institution of the operator's scope, passkeys on or off per channel (個人・法人)
// and whether 追加認証 is still asked after a passkey login (lib/console/set-passkey-settings.ts), with the number
// of passkeys its customers have registered. A plain form: works without JavaScript.
import type { Metadata } from "next";
import { ConsoleShell } from "@/components/console/console-shell";
import { Notice } from "@/components/console/notice";
import { consolePage } from "@/lib/console/console-page";
import { setPasskeySettingsAction } from "@/lib/console/actions/passkeys";
import { countPasskeys } from "@/lib/console/set-passkey-settings";
import { getInstitution } from "@/lib/institutions/get-institution";

export const metadata: Metadata = { title: "パスキー" };

const button = "inline-flex min-h-11 items-center rounded-theme bg-primary px-4 font-bold text-on-primary";

export default async function PasskeysPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { done } = await searchParams;
  const { institutions, shell } = await consolePage();
  const counts = await countPasskeys(institutions.map((i) => i.id));
  const rows = await Promise.all(institutions.map(async (i) => ({ ...i, settings: (await getInstitution(i.slug))?.settings })));
  return (
    <ConsoleShell {...shell} title="パスキー">
      <Notice code={done} />
      <p>
        パスキー（WebAuthn）を有効にすると、同意画面と「連携サービスの確認・停止」のログイン画面に「パスキーでログイン」が表示され、
        金融機関の本人確認（パスワード・ワンタイムパスワード等）を済ませたお客さまに「パスキーを登録」が案内されます。
        ユーザー検証付きのパスキーは、パスワードとワンタイムパスワードの代わりになります。
      </p>
      {rows.map((i) => i.settings ? (
        <form key={i.id} action={setPasskeySettingsAction} className="space-y-3 rounded-theme bg-surface p-4" aria-label={`${i.name} のパスキー設定`}>
          <h2 className="text-lg font-bold">{i.name}</h2>
          <p className="text-sm">登録済みのパスキー: {counts.get(i.id) ?? 0}件</p>
          <input type="hidden" name="institutionId" value={i.id} />
          {i.settings.channels.includes("personal") ? (
            <label className="flex min-h-11 items-center gap-2"><input type="checkbox" name="personal" defaultChecked={i.settings.passkeys.personal} /> 個人のお客さまにパスキーを提供する</label>
          ) : null}
          {i.settings.channels.includes("corporate") ? (
            <label className="flex min-h-11 items-center gap-2"><input type="checkbox" name="corporate" defaultChecked={i.settings.passkeys.corporate} /> 法人のお客さまにパスキーを提供する</label>
          ) : null}
          <label className="flex min-h-11 items-center gap-2"><input type="checkbox" name="additionalAuth" defaultChecked={i.settings.passkeys.additionalAuth} /> パスキーでのログイン後も、リスクに応じて追加認証を求める</label>
          <button type="submit" className={button}>{i.name}の設定を保存</button>
        </form>
      ) : null)}
    </ConsoleShell>
  );
}
