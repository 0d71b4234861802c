// /docs: the API for aggregator engineers, rendered from the same OpenAPI document the app serves.
import type { Metadata } from "next";
import Link from "next/link";
import { publicOrigin } from "@/lib/config/origin";
import { openApiDocument } from "@/lib/api/openapi";
import { API_ERRORS } from "@/lib/api/errors";
import { LifecycleEventsDocs } from "@/components/docs/lifecycle-events";

export const metadata: Metadata = { title: "API ドキュメント" };
export const dynamic = "force-dynamic";

type TJsonSchema = { type?: string | string[]; description?: string; properties?: Record<string, TJsonSchema>; items?: TJsonSchema; anyOf?: TJsonSchema[] };

function Fields({ schema, prefix = "" }: { schema: TJsonSchema; prefix?: string }) {
  const rows: { name: string; type: string; description: string }[] = [];
  const walk = (s: TJsonSchema, path: string) => {
    for (const [name, prop] of Object.entries(s.properties ?? {})) {
      const type = prop.type ?? prop.anyOf?.map((a) => a.type).join(" | ") ?? "";
      rows.push({ name: path + name, type: Array.isArray(type) ? type.join(" | ") : type, description: prop.description ?? "" });
      if (prop.type === "array" && prop.items?.properties) walk(prop.items, `${path}${name}[].`);
    }
  };
  walk(schema, prefix);
  return (
    <table className="w-full border-collapse bg-white text-sm">
      <thead><tr>{["項目", "型", "説明"].map((h) => <th key={h} scope="col" className="border px-2 py-1 text-left">{h}</th>)}</tr></thead>
      <tbody>{rows.map((r) => <tr key={r.name}><td className="border px-2 py-1 font-mono">{r.name}</td><td className="border px-2 py-1">{r.type}</td><td className="border px-2 py-1">{r.description}</td></tr>)}</tbody>
    </table>
  );
}

export default function DocsPage() {
  const origin = publicOrigin();
  const doc = openApiDocument(origin);
  const schemas = doc.components.schemas as Record<string, TJsonSchema>;
  return (
    <main className="mx-auto max-w-4xl space-y-8 px-4 py-10">
      <p className="text-sm"><Link className="underline" href="/">Renkei</Link> ／ API ドキュメント</p>
      <h1 className="text-3xl font-bold">{doc.info.title}</h1>
      <p>{doc.info.description}</p>
      <p><a className="underline" href="/docs/openapi.json">OpenAPI 3.1 (JSON)</a></p>

      <section aria-labelledby="flow" className="space-y-3">
        <h2 id="flow" className="text-2xl font-bold">連携の流れ (How it works)</h2>
        <ol className="list-decimal space-y-1 pl-6">
          <li>クライアント登録：<code>POST {origin}/{"{institution}"}/oauth/register</code>（金融機関が発行する初回アクセストークン）。private_key_jwt（PS256 / ES256 / EdDSA）または tls_client_auth。</li>
          <li>メタデータ取得：<code>{origin}/.well-known/oauth-authorization-server/{"{institution}"}</code>（RFC 8414）。</li>
          <li>PAR（必須）：PKCE S256、redirect_uri 完全一致、DPoP で認可コードを鍵に拘束。</li>
          <li>お客さまを <code>/oauth/authorize?client_id&amp;request_uri</code> へ。本人確認・同意の後、<code>redirect_uri?code&amp;state&amp;iss</code> に戻ります。</li>
          <li>トークン取得：DPoP 証明と client assertion を付けて <code>/oauth/token</code>。アクセストークンは数分、リフレッシュトークンは連携の有効期限（90日）まで有効でローテーションしません。</li>
          <li>API 呼び出し：<code>Authorization: DPoP &lt;token&gt;</code> と毎回新しい DPoP 証明（ath 付き）。</li>
        </ol>
      </section>

      <section aria-labelledby="endpoints" className="space-y-6">
        <h2 id="endpoints" className="text-2xl font-bold">エンドポイント (Endpoints)</h2>
        {Object.entries(doc.paths).map(([path, methods]) =>
          Object.entries(methods as Record<string, { summary: string; parameters?: { name: string; required: boolean; description?: string }[] }>).map(([method, op]) => (
            <article key={`${method} ${path}`} className="space-y-2 rounded border border-black/10 bg-white p-4">
              <h3 className="font-mono font-bold">{method.toUpperCase()} /{"{institution}"}{path}</h3>
              <p>{op.summary}</p>
              {op.parameters?.length ? (
                <ul className="list-disc pl-6 text-sm">{op.parameters.map((p) => <li key={p.name}><code>{p.name}</code>{p.required ? "（必須）" : ""} {p.description ?? ""}</li>)}</ul>
              ) : null}
            </article>
          )),
        )}
      </section>

      <section aria-labelledby="fields" className="space-y-4">
        <h2 id="fields" className="text-2xl font-bold">レスポンス項目 (Response fields)</h2>
        <h3 className="font-bold">GET /accounts</h3>
        <Fields schema={schemas.AccountsResponse} />
        <h3 className="font-bold">GET /accounts/balances</h3>
        <Fields schema={schemas.BalancesResponse} />
        <h3 className="font-bold">GET /accounts/transactions</h3>
        <Fields schema={schemas.TransactionsResponse} />
      </section>

      <section aria-labelledby="errors" className="space-y-2">
        <h2 id="errors" className="text-2xl font-bold">エラー (Errors)</h2>
        <p>API は <code>{"{ errorCode, errorMessage }"}</code>、OAuth エンドポイントは RFC 6749 の <code>{"{ error, error_description }"}</code> を返します。</p>
        <table className="w-full border-collapse bg-white text-sm">
          <thead><tr>{["errorCode", "HTTP", "意味"].map((h) => <th key={h} scope="col" className="border px-2 py-1 text-left">{h}</th>)}</tr></thead>
          <tbody>{Object.entries(API_ERRORS).map(([code, e]) => <tr key={code}><td className="border px-2 py-1 font-mono">{code}</td><td className="border px-2 py-1">{e.status}</td><td className="border px-2 py-1">{e.message}</td></tr>)}</tbody>
        </table>
      </section>

      <LifecycleEventsDocs origin={origin} />
    </main>
  );
}
