// /docs: one link, step by step — client_assertion, DPoP (and its nonce), PAR, the customer at the bank,
// the token, refresh — and the same over mutual TLS for tls_client_auth clients.
import type { TEndpoints } from "@/lib/oauth/endpoints/endpoint-urls";
import { tlsServed } from "@/lib/config/origin";
import * as ex from "@/lib/api/openapi-examples";
import { C, CodeBlock } from "./code-block";
import { DocsSection } from "./docs-section";
import { authorizeSnippet, mtlsSnippet, parSnippet, pkceSnippet, refreshSnippet, tokenSnippet } from "./snippets";

export function DocsFlow({ endpoints: e }: { endpoints: TEndpoints }) {
  const assertionClaims = { iss: ex.EXAMPLE_CLIENT_ID, sub: ex.EXAMPLE_CLIENT_ID, aud: e.issuer, jti: "b3c7e0a2-5a0c-4e0e-9f3b-8e6f1d2a4c55", iat: 1798761600, exp: 1798761900 };
  const dpopHeader = { typ: "dpop+jwt", alg: "ES256", jwk: { kty: "EC", crv: "P-256", x: "…", y: "…" } };
  const dpopClaims = { jti: "4c2f8a1e-…", htm: "POST", htu: e.token, iat: 1798761600, nonce: "（DPoP-Nonce の値。任意）" };
  return (
    <>
      <DocsSection id="auth" title="クライアント認証と DPoP">
        <h3 className="text-lg font-bold">client_assertion（private_key_jwt、RFC 7523）</h3>
        <p>PAR・トークン・失効・イントロスペクションのリクエストに <C>client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer</C> と、登録した鍵で署名した JWT（ES256・PS256・EdDSA、ヘッダーに kid）を付けます。<C>aud</C> は issuer、<C>jti</C> は1回限り、<C>exp</C> は10分以内です。</p>
        <CodeBlock label="client_assertion のクレーム">{JSON.stringify(assertionClaims, null, 2)}</CodeBlock>
        <h3 className="text-lg font-bold">DPoP（RFC 9449、fapi2 は必須）</h3>
        <p>トークンはすべて DPoP の鍵に拘束されます。PAR・トークンのリクエストと、API の呼び出しのたびに新しい DPoP 証明を <C>DPoP</C> ヘッダーで送ります。<C>htm</C> はメソッド、<C>htu</C> はクエリを除いた URL、API では <C>ath</C>（アクセストークンの SHA-256 を base64url）も入れます。同じ鍵を連携の間ずっと使ってください（リフレッシュトークンも同じ鍵に拘束されます）。</p>
        <CodeBlock label="DPoP 証明のヘッダーとクレーム">{`${JSON.stringify(dpopHeader, null, 2)}\n${JSON.stringify(dpopClaims, null, 2)}`}</CodeBlock>
        <h3 id="dpop-nonce" className="text-lg font-bold">DPoP のナンス</h3>
        <p>PAR とトークンの応答には、毎回 <C>DPoP-Nonce</C> ヘッダーで金融機関のナンスが付きます（RFC 9449 §8）。次の証明の <C>nonce</C> クレームに入れてかまいません。ナンスはその分と次の1分の間有効で、古いナンスの証明は 400 <C>use_dpop_nonce</C>（応答に新しい <C>DPoP-Nonce</C>）になります。金融機関がナンスを必須にしている場合（<C>RENKEI_DPOP_NONCE=required</C>）は、ナンスのない証明も <C>use_dpop_nonce</C> になります。そのときは応答の <C>DPoP-Nonce</C> を入れた新しい証明で、同じリクエストを1回だけ送り直してください（openid-client は自動で送り直します）。API（参照系）はナンスを求めません。</p>
      </DocsSection>

      <DocsSection id="flow" title="連携のフロー">
        <h3 className="text-lg font-bold">① PAR（RFC 9126）</h3>
        <CodeBlock label="PKCE（シェル）">{pkceSnippet()}</CodeBlock>
        <CodeBlock label="PAR（curl）" snippet="par">{parSnippet(e)}</CodeBlock>
        <p><C>channel</C> は個人・法人の両方で登録したクライアントだけが使えます（省略するとお客さまが選びます）。既存の連携を同じ grant_id のまま内容だけ置き換えるときは <C>grant_management_action=replace&amp;grant_id=…</C> を付けます。</p>
        <h3 className="text-lg font-bold">② お客さまの本人確認と同意</h3>
        <CodeBlock label="認可エンドポイントとリダイレクト">{authorizeSnippet(e)}</CodeBlock>
        <p>request_uri は60秒・1回限りです。期限切れ・使用済み・不明なクライアントのときは redirect_uri に戻さず、金融機関の画面（400「お手続きを開始できません」）でお客さまに伝えます。</p>
        <h3 className="text-lg font-bold">③ トークン</h3>
        <CodeBlock label="認可コードをトークンに（curl）" snippet="token">{tokenSnippet(e)}</CodeBlock>
        <p>認可コードは60秒・1回限りで、2回目に送ると、そのコードで発行したトークンはすべて失効します。アクセストークンは数分で切れるので、リフレッシュトークン（連携の有効期限90日まで、ローテーションなし）で取り直します：</p>
        <CodeBlock label="アクセストークンの取り直し（curl）">{refreshSnippet(e)}</CodeBlock>
      </DocsSection>

      <DocsSection id="mtls" title="相互TLS（tls_client_auth）">
        {tlsServed() ? <MtlsEndpoints e={e} /> : (
          // what the metadata says too (lib/oauth/metadata/server-metadata.ts): no HTTPS listener, no mTLS
          <p>このサーバーは HTTPS リスナーを起動していない（<C>TLS_PORT=0</C>）ため、tls_client_auth と証明書に拘束したトークンは提供していません。メタデータにも <C>mtls_endpoint_aliases</C> はありません。private_key_jwt をお使いください。</p>
        )}
      </DocsSection>
    </>
  );
}

/** §8's body where the HTTPS listener (or a TLS-terminating proxy) serves the mTLS aliases. */
function MtlsEndpoints({ e }: { e: TEndpoints }) {
  return (
    <>
      <p>tls_client_auth のクライアントは、登録したサブジェクトDNのクライアント証明書を提示し、メタデータの <C>mtls_endpoint_aliases</C> に送ります。これらは証明書を求める HTTPS リスナー上にあります：</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>PAR：<C>{e.mtls.par}</C></li>
        <li>トークン：<C>{e.mtls.token}</C></li>
        <li>失効：<C>{e.mtls.revocation}</C></li>
        <li>イントロスペクション：<C>{e.mtls.introspection}</C></li>
      </ul>
      <p>client_assertion は不要で、<C>client_id</C> をフォームに入れます。トークンは証明書にも拘束され（<C>cnf.x5t#S256</C>）、DPoP も同じく必須です。API も同じ証明書を提示して HTTPS リスナーの <C>{e.api.replace(e.issuer, e.mtls.token.replace(/\/oauth\/token$/, ""))}</C> に送ります。</p>
      <CodeBlock label="tls_client_auth のトークン（curl）">{mtlsSnippet(e)}</CodeBlock>
    </>
  );
}
