// /docs: everything an aggregator engineer needs to integrate, from nothing: the issuers, the initial
// access token, keys, registration, the flow (PAR, the customer, token, DPoP and its nonce, mTLS), the
// API, stopping a link, every error, and every endpoint — rendered from the same OpenAPI document the app
// serves (lib/api/openapi.ts), with copy-paste examples (components/docs/).
import type { Metadata } from "next";
import Link from "next/link";
import { publicOrigin } from "@/lib/config/origin";
import { apiSummary, openApiDocument } from "@/lib/api/openapi";
import { listInstitutions } from "@/lib/institutions/get-institution";
import { endpointsFor } from "@/lib/oauth/endpoints/endpoint-urls";
import { DocsStart } from "@/components/docs/docs-start";
import { DocsRegister } from "@/components/docs/docs-register";
import { DocsFlow } from "@/components/docs/docs-flow";
import { DocsApi } from "@/components/docs/docs-api";
import { DocsErrors } from "@/components/docs/docs-errors";
import { DocsLimits } from "@/components/docs/docs-limits";
import { DocsReference } from "@/components/docs/docs-reference";
import { LifecycleEventsDocs } from "@/components/docs/lifecycle-events";
import { SecurityProfilesDocs } from "@/components/docs/security-profiles";
import type { TJsonSchema } from "@/components/docs/fields-table";
import { DOCS_CONTENTS } from "@/components/docs/docs-contents";
import { demoDataWanted } from "@/lib/config/demo-data-wanted";

export const metadata: Metadata = { title: "API ドキュメント" };
export const dynamic = "force-dynamic";


export default async function DocsPage() {
  const institutions = await listInstitutions();
  const doc = openApiDocument(publicOrigin(), institutions.map((i) => i.slug));
  const schemas = doc.components.schemas as unknown as Record<string, TJsonSchema>;
  const endpoints = endpointsFor(institutions[0]?.slug ?? "sakura");
  return (
    // overflow-wrap is inherited: a path, a URN or an error code with no place to wrap (GET /accounts/transactions?…,
    // urn:ietf:params:oauth:client-assertion-type:jwt-bearer) breaks where it must instead of widening a phone's page
    <main className="mx-auto max-w-4xl space-y-10 px-4 py-10 [overflow-wrap:anywhere]">
      <div className="space-y-3">
        <p className="text-sm"><Link className="underline" href="/">Renkei</Link> ／ API ドキュメント</p>
        <h1 className="text-3xl font-bold">{doc.info.title}（アグリゲーター向け）</h1>
        <p>{apiSummary(publicOrigin())}</p>
        <p>例は <strong>{institutions[0]?.name}</strong>（<code>{endpoints.issuer}</code>）です。ほかの金融機関は URL の <code>{institutions[0]?.slug}</code> を置き換えてください。</p>
        <p><a className="underline" href="/docs/openapi.json">OpenAPI 3.1（JSON）</a></p>
        <nav aria-label="目次" className="rounded border border-black/10 bg-white p-4">
          <ol className="grid list-decimal gap-x-6 gap-y-1 pl-6 sm:grid-cols-2">
            {DOCS_CONTENTS.map(([id, label]) => <li key={id}><a className="underline" href={`#${id}`}>{label}</a></li>)}
          </ol>
        </nav>
      </div>
      <DocsStart institutions={institutions} demo={demoDataWanted()} />
      <SecurityProfilesDocs endpoints={endpoints} />
      <DocsRegister endpoints={endpoints} request={schemas.ClientRegistrationRequest!} />
      <DocsFlow endpoints={endpoints} />
      <DocsApi endpoints={endpoints} schemas={schemas} />
      <DocsErrors />
      <DocsLimits endpoints={endpoints} />
      <LifecycleEventsDocs origin={publicOrigin()} />
      <DocsReference endpoints={endpoints} paths={doc.paths as unknown as Record<string, Record<string, unknown>>} schemas={schemas} />
    </main>
  );
}
