// /docs, before the first request: who is who (each institution its own issuer), the test customers of
// the demo data, how an aggregator gets an initial access token, and the keys it makes for itself.
import { endpointsFor } from "@/lib/oauth/endpoints/endpoint-urls";
import { STACKED } from "@/components/ui/stacked-table";
import { C, CodeBlock } from "./code-block";
import { DocsSection } from "./docs-section";
import { keygenSnippet, signSnippet } from "./snippets";

type TInstitutionRow = { slug: string; name: string };

const DEMO_LOGINS = [
  ["sakura", "個人", "契約者ID 1000000001、パスワード Demo-pass-1", "ワンタイムパスワード：TOTP（SHA-1、6桁、30秒）、シークレット JBSWY3DPEHPK3PXP"],
  ["sakura", "法人", "契約者ID(利用者番号) 2000000001、利用者ID admin01、利用者暗証番号 Demo-pass-2", "—"],
  ["minato", "個人", "契約者ID 1000000002、パスワード Demo-pass-1", "ワンタイムパスワード：上と同じ TOTP"],
  ["minato", "法人", "お客様ID CORP0002、ログインパスワード Demo-pass-2", "—"],
  ["kita", "法人", "ログインID kita-user1、ログインパスワード Demo-pass-3", "追加認証「はじめて飼ったペットの名前は？」ぽち、照会用暗証番号 1234"],
];

export function DocsStart({ institutions, demo }: { institutions: TInstitutionRow[]; demo: boolean }) {
  return (
    <>
      <DocsSection id="overview" title="はじめに">
        <p>金融機関ごとに認可サーバー（issuer）が分かれています。エンドポイントはすべて issuer の下にあり、メタデータ（RFC 8414）から取得できます。既定のプロファイル（fapi2）は FAPI 2.0 Security Profile：PAR（必須）、PKCE（S256）、DPoP（必須）、private_key_jwt または tls_client_auth です。まだ移行していないクライアントには、期限付きの移行用プロファイル（baseline）があります（<a className="underline" href="#profiles">セキュリティプロファイル</a>）。以下の説明は fapi2 のものです。</p>
        <table className={`${STACKED.table} bg-white`}>
          <caption className={STACKED.caption}>金融機関と issuer</caption>
          <thead className={STACKED.thead}><tr>{["金融機関", "{institution}", "issuer", "メタデータ"].map((h) => <th key={h} scope="col" className={STACKED.th}>{h}</th>)}</tr></thead>
          <tbody className={STACKED.tbody}>
            {institutions.map((i) => {
              const e = endpointsFor(i.slug);
              return (
                <tr key={i.slug} className={STACKED.row}>
                  <th scope="row" className={STACKED.rowHeader}>{i.name}</th>
                  <td className={STACKED.cell} data-label="{institution}"><C>{i.slug}</C></td>
                  <td className={STACKED.cell} data-label="issuer"><C>{e.issuer}</C></td>
                  <td className={STACKED.cell} data-label="メタデータ"><C>{`${e.issuer}/.well-known/oauth-authorization-server`}</C></td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {demo ? (
          <>
            <p>このデモ環境には、フローを試すためのお客さまがいます（本番の金融機関にはありません）。お客さまの画面は金融機関ごとに異なり、上の手順で開いた画面でログインして「許可」を押すと redirect_uri に戻ります。</p>
            <table className={`${STACKED.table} bg-white`}>
              <caption className={STACKED.caption}>デモのお客さま</caption>
              <thead className={STACKED.thead}><tr>{["金融機関", "チャネル", "ログイン", "ほか"].map((h) => <th key={h} scope="col" className={STACKED.th}>{h}</th>)}</tr></thead>
              <tbody className={STACKED.tbody}>
                {DEMO_LOGINS.map(([slug, channel, login, more]) => (
                  <tr key={`${slug}-${channel}`} className={STACKED.row}>
                    <th scope="row" className={STACKED.rowHeader}>{slug}（{channel}）</th>
                    <td className={STACKED.cell} data-label="チャネル">{channel === "個人" ? "personal" : "corporate"}</td>
                    <td className={STACKED.cell} data-label="ログイン">{login}</td>
                    <td className={STACKED.cell} data-label="ほか">{more}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : null}
      </DocsSection>

      <DocsSection id="initial-access-token" title="初期アクセストークンを受け取る">
        <p>クライアントの登録（RFC 7591）には、金融機関が発行する<strong>初期アクセストークン</strong>が必要です。連携を申し込んだ金融機関の担当者に依頼してください。担当者は運用コンソール（<C>/console/tokens</C>）またはコマンド <C>npm run renkei -- iat create --institution sakura --aggregator-name … --registration-number …</C> で発行し、トークンは一度だけ表示されます。トークンは貴社のために発行され、貴社の名称（<C>aggregator_name</C>）と登録番号（<C>aggregator_registration_number</C>）が固定されます。ほかの名称・登録番号での登録は <C>invalid_client_metadata</C> で拒否されます。1つの金融機関用と全金融機関用があり、有効期間（1〜720時間）があり、1回限りのこともあり、金融機関はいつでも失効できます。登録の <C>Authorization: Bearer</C> に使います。登録の回数はトークンごと・送信元アドレスごとに数えられ、上限を超えると <C>429</C>（<C>Retry-After</C> 付き）になります。</p>
        <p>自動テスト用の環境では、起動時の環境変数 <C>RENKEI_INITIAL_ACCESS_TOKEN</C> の値もすべての金融機関で使えます。ただし、まだ登録されていない会社（名称・登録番号とも未登録）だけを登録でき、デモ以外の環境では金融機関が有効にするまでそのクライアントは連携を始められません。</p>
        <p>登録しただけでは、金融機関の公開する連携先一覧（<C>{"/{institution}/partners"}</C>）には載りません。金融機関が審査のうえ、連携開始日を決めて掲載します。</p>
      </DocsSection>

      <DocsSection id="keys" title="鍵を用意する">
        <p>クライアント認証（private_key_jwt）の鍵と DPoP の鍵を作ります。公開鍵（jwks.json）だけを登録します。</p>
        <CodeBlock label="鍵の作成（シェル）" snippet="keygen">{keygenSnippet}</CodeBlock>
        <p>以降の例では、client_assertion と DPoP 証明をこの小さなスクリプトで作ります（openid-client などのライブラリを使う場合は不要です。<a className="underline" href="#library">ライブラリでの例</a>を参照）。</p>
        <CodeBlock label="sign.mjs（Node.js 20 以上、jose）" snippet="sign.mjs">{signSnippet}</CodeBlock>
      </DocsSection>
    </>
  );
}
