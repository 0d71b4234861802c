// ご利用にあたっての操作方法, per channel, from the institution's own settings: which login, which of
// 追加認証 / 認可業務選択 / 照会用暗証番号登録 it uses — so the guide never drifts from the screens.
import type { TChannel, TInstitutionSettings } from "@/lib/institutions/settings";

export type TGuideStep = { title: string; text: string; preview: string | null };

export function guideSteps(settings: TInstitutionSettings, channel: TChannel): TGuideStep[] {
  const methods = settings.login[channel];
  const certificate = methods.find((m) => m.kind === "certificate");
  const passwordLogin = methods.some((m) => m.kind !== "certificate");
  const otp = methods.some((m) => m.kind === "contract-password" && m.otp);
  // only the channels the institution offers (kita: 法人 only, docs/seeds/002)
  const screens = settings.channels.map((c) => (c === "personal" ? "個人向け" : "法人向け")).join("または");
  const steps: TGuideStep[] = [
    { title: "外部企業のサービス画面から、当画面（利用登録画面）へ移動します。", text: `外部企業のサービスによって自動的に、${screens}の認証画面に移動します。`, preview: null },
    {
      title: passwordLogin && certificate ? "ID・パスワードまたは電子証明書で本人確認を行います。" : certificate ? "電子証明書で本人確認を行います。" : `ID・パスワード${otp ? "（ワンタイムパスワード）" : ""}で本人確認を行います。`,
      text: certificate ? `電子証明書方式のお客さまは「${certificate.buttonLabel}」ボタンを押し、表示される証明書を選択してください。${certificate.kind === "certificate" && certificate.thenPassword ? "続けてログインパスワードを入力します。" : ""}` : "インターネットバンキングのIDとパスワードを入力してください。",
      preview: "login",
    },
  ];
  if (settings.steps.additionalAuth) steps.push({ title: "追加認証（表示された場合のみ）", text: "いつもと異なるご利用環境の場合、登録済みの質問への回答を入力します。", preview: "additional-auth" });
  if (settings.steps.operationSelection) steps.push({ title: "認可業務選択（表示された場合のみ）", text: "外部サービスで利用する業務（残高照会・入出金明細照会）を選択します。", preview: "operations" });
  if (settings.steps.pinRegistration) steps.push({ title: "照会用暗証番号の登録（未登録の口座がある場合のみ）", text: "未登録の口座を選択し、届出の照会用暗証番号を入力して「登録」を押します。", preview: "pins" });
  // the consent screen's own words: its checkbox (利用規定 or 許可手続きを継続する) and the button beside 許可
  const agree = settings.consent.checkbox === "continue" ? "「許可手続きを継続する」を選択して" : "利用規定に同意して";
  steps.push({ title: `許可する業務・有効期限を確認し、${agree}、アクセスを許可します。`, text: `「許可」ボタンまたは「${settings.consent.backLabel}」ボタンを押すと、外部サービスの画面へ戻ります。`, preview: "consent" });
  return steps;
}
