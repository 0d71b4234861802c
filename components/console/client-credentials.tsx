// A client's redirect URIs and how it proves who it is: its public keys (kid, kty, alg, curve or size,
// RFC 7638 thumbprint) or jwks_uri for private_key_jwt, the certificate subject DN for tls_client_auth,
// or a client secret (sandbox only; the secret itself is never shown again).
import type { TConsoleClientDetail } from "@/lib/console/get-console-client";

const cell = "border border-black/15 px-2 py-1 text-left";

export function ClientCredentials({ client }: { client: TConsoleClientDetail }) {
  return (
    <section aria-labelledby="credentials" className="space-y-3 rounded-theme bg-surface p-4 text-sm">
      <h2 id="credentials" className="text-lg font-bold">リダイレクトURIと鍵</h2>
      <h3 className="font-bold">リダイレクトURI（完全一致）</h3>
      <ul className="list-disc space-y-1 pl-6 font-mono break-all">
        {client.redirectUris.map((u) => <li key={u}>{u}</li>)}
      </ul>
      <h3 className="font-bold">クライアント認証（{client.authMethod}）</h3>
      {client.keys ? (
        <div className="overflow-x-auto" role="region" aria-label="公開鍵（横にスクロールできます）" tabIndex={0}>
          <table className="w-full min-w-[40rem] border-collapse">
            <caption className="sr-only">登録されている公開鍵（JWKS）</caption>
            <thead><tr>{["kid", "kty", "alg", "曲線・長さ", "use", "サムプリント（RFC 7638）"].map((h) => <th key={h} scope="col" className={cell}>{h}</th>)}</tr></thead>
            <tbody>
              {client.keys.map((k, i) => (
                <tr key={`${k.kid}-${i}`}>
                  <td className={`${cell} font-mono`}>{k.kid ?? "（なし）"}</td>
                  <td className={cell}>{k.kty}</td>
                  <td className={cell}>{k.alg ?? "（指定なし）"}</td>
                  <td className={cell}>{k.detail ?? "—"}</td>
                  <td className={cell}>{k.use ?? "—"}</td>
                  <td className={`${cell} font-mono text-xs break-all`}>{k.thumbprint ?? "読み取れない鍵です"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {client.jwksUri ? <p>JWKS URI: <span className="font-mono break-all">{client.jwksUri}</span>（鍵は連携先が公開しているものを取得します）</p> : null}
      {client.tlsSubjectDn ? <p>クライアント証明書のサブジェクトDN: <span className="font-mono break-all">{client.tlsSubjectDn}</span></p> : null}
      {client.hasSecret ? <p>クライアントシークレット（client_secret_basic、サンドボックス専用）：登録時に一度だけ表示しました。</p> : null}
      {!client.keys && !client.jwksUri && !client.tlsSubjectDn && !client.hasSecret ? <p>鍵は登録されていません（連携先一覧の掲載用データです）。</p> : null}
    </section>
  );
}
