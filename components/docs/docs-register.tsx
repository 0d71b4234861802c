// /docs: registering a client (RFC 7591 with Renkei's fields), from the OpenAPI document's own schema and
// examples, so the table lists exactly what the endpoint accepts.
import type { TEndpoints } from "@/lib/oauth/endpoints/endpoint-urls";
import * as ex from "@/lib/api/openapi-examples";
import { C, CodeBlock } from "./code-block";
import { DocsSection } from "./docs-section";
import { FieldsTable, type TJsonSchema } from "./fields-table";
import { registerSnippet } from "./snippets";

export function DocsRegister({ endpoints, request }: { endpoints: TEndpoints; request: TJsonSchema }) {
  return (
    <DocsSection id="register" title="クライアントを登録する">
      <p><C>{`POST ${endpoints.registration}`}</C> に、初期アクセストークンと登録内容（JSON）を送ります。RFC 7591 の項目に加え、Renkei では <strong>aggregator_name</strong>（会社名）、<strong>aggregator_registration_number</strong>（電子決済等代行業者の登録番号）、<strong>channels</strong>（個人・法人）を使います。会社名と登録番号は、お客さまのアクセス許可の画面にそのまま表示されます。</p>
      <FieldsTable schema={request} caption="登録内容（application/json）" />
      <CodeBlock label="登録（curl）" snippet="register">{registerSnippet(endpoints)}</CodeBlock>
      <CodeBlock label="登録の応答（201）">{JSON.stringify(ex.registrationResponseExample, null, 2)}</CodeBlock>
      <p>tls_client_auth の場合は jwks の代わりに <C>tls_client_auth_subject_dn</C>（提示する証明書のサブジェクトDN）を登録します：</p>
      <CodeBlock label="tls_client_auth の登録内容">{JSON.stringify(ex.registrationTlsExample, null, 2)}</CodeBlock>
      <p>誤りは 400 <C>invalid_client_metadata</C> または <C>invalid_redirect_uri</C>（error_description に項目名）、初期アクセストークンの誤りは 401 <C>invalid_token</C> です。</p>
    </DocsSection>
  );
}
