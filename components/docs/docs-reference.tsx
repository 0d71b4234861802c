// /docs: every endpoint of the OpenAPI document — method, path, summary, description, parameters and
// request body fields — and the same flow with a library (openid-client).
import type { TEndpoints } from "@/lib/oauth/endpoints/endpoint-urls";
import { C, CodeBlock } from "./code-block";
import { DocsSection } from "./docs-section";
import { FieldsTable, type TJsonSchema } from "./fields-table";
import { openidClientSnippet } from "./snippets";

type TOperation = {
  summary: string; description?: string;
  parameters?: { name: string; in: string; required: boolean; description?: string }[];
  requestBody?: { content: Record<string, { schema: TJsonSchema | { $ref: string } }> };
};

export function DocsReference({ endpoints, paths, schemas }: { endpoints: TEndpoints; paths: Record<string, Record<string, unknown>>; schemas: Record<string, TJsonSchema> }) {
  const resolve = (s: TJsonSchema | { $ref: string }): TJsonSchema => ("$ref" in s && typeof s.$ref === "string" ? schemas[s.$ref.split("/").pop()!]! : (s as TJsonSchema));
  return (
    <>
      <DocsSection id="library" title="ライブラリでの例（openid-client）">
        <p>PAR・PKCE・DPoP・private_key_jwt・ナンスの再送を扱える OAuth ライブラリを使うと、手順 5〜8 はこれだけです。</p>
        <CodeBlock label="TypeScript（Node.js 20 以上）">{openidClientSnippet(endpoints)}</CodeBlock>
      </DocsSection>
      <DocsSection id="reference" title="エンドポイント一覧">
        <p>パスは issuer（<C>{endpoints.issuer.replace(/[^/]+$/, "{institution}")}</C>）からの相対です。機械可読な定義は <a className="underline" href="/docs/openapi.json">/docs/openapi.json</a>（OpenAPI 3.1）です。</p>
        {Object.entries(paths).flatMap(([path, item]) =>
          Object.entries(item).filter(([method]) => ["get", "post", "delete"].includes(method)).map(([method, raw]) => {
            const op = raw as TOperation;
            const parameters = [...(((item.parameters as TOperation["parameters"]) ?? [])), ...(op.parameters ?? [])];
            const body = op.requestBody ? Object.entries(op.requestBody.content)[0] : undefined;
            return (
              <article key={`${method} ${path}`} className="space-y-2 rounded border border-black/10 bg-white p-4">
                <h3 className="font-mono font-bold [overflow-wrap:anywhere]">{method.toUpperCase()} {path}</h3>
                <p>{op.summary}</p>
                {op.description ? <p className="text-sm">{op.description}</p> : null}
                {parameters.length ? (
                  <ul className="list-disc pl-6 text-sm">{parameters.map((p) => <li key={`${p.in}-${p.name}`}><C>{p.name}</C>（{p.in === "header" ? "ヘッダー" : p.in === "path" ? "パス" : "クエリ"}・{p.required ? "必須" : "任意"}）{p.description}</li>)}</ul>
                ) : null}
                {body ? <FieldsTable schema={resolve(body[1].schema)} caption={`リクエスト（${body[0]}）`} /> : null}
              </article>
            );
          }),
        )}
      </DocsSection>
    </>
  );
}
