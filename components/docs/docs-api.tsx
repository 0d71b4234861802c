// /docs: calling the API — the request, the answers' fields (from the OpenAPI document's schemas, each
// described) with an example each — and stopping a link.
import type { TEndpoints } from "@/lib/oauth/endpoints/endpoint-urls";
import * as ex from "@/lib/api/openapi-examples";
import { C, CodeBlock } from "./code-block";
import { DocsSection } from "./docs-section";
import { FieldsTable, type TJsonSchema } from "./fields-table";
import { apiSnippet, revokeSnippet } from "./snippets";

export function DocsApi({ endpoints: e, schemas }: { endpoints: TEndpoints; schemas: Record<string, TJsonSchema> }) {
  return (
    <>
      <DocsSection id="api" title="API を呼ぶ">
        <p>ベースは <C>{e.api}</C> です。お客さまが許可した口座と業務だけが見えます。金額は数字の文字列（負数は先頭に -）、日付は <C>YYYY-MM-DD</C>、時刻は <C>HH:MM:SS+09:00</C>（日本時間）です。</p>
        <CodeBlock label="残高と入出金明細（curl）" snippet="api">{apiSnippet(e)}</CodeBlock>
        <h3 className="text-lg font-bold">GET /accounts（口座一覧。balances または transactions）</h3>
        <FieldsTable schema={schemas.AccountsResponse!} caption="GET /accounts の応答" showRequired={false} />
        <CodeBlock label="応答の例">{JSON.stringify(ex.accountsResponseExample, null, 2)}</CodeBlock>
        <h3 className="text-lg font-bold">GET /accounts/balances?accountId=（残高照会。balances）</h3>
        <p><C>accountId</C> を省くと、連携中のすべての口座の残高を返します。</p>
        <FieldsTable schema={schemas.BalancesResponse!} caption="GET /accounts/balances の応答" showRequired={false} />
        <CodeBlock label="応答の例">{JSON.stringify(ex.balancesResponseExample, null, 2)}</CodeBlock>
        <h3 className="text-lg font-bold">GET /accounts/transactions?accountId=&amp;dateFrom=&amp;dateTo=&amp;nextItemKey=（入出金明細照会。transactions）</h3>
        <p>取引日の古い順に1ページ500件までです。<C>hasNext</C> が true のときは、同じ accountId・dateFrom・dateTo に <C>nextItemKey</C> を付けて次のページを取得します。日付を省くと本日、<C>dateFrom</C> が <C>dateTo</C> より後なら 400 <C>date_range_invalid</C> です。</p>
        <FieldsTable schema={schemas.TransactionsResponse!} caption="GET /accounts/transactions の応答" showRequired={false} />
        <CodeBlock label="応答の例">{JSON.stringify(ex.transactionsResponseExample, null, 2)}</CodeBlock>
      </DocsSection>

      <DocsSection id="stop" title="連携を止める">
        <p>リフレッシュトークンの失効（RFC 7009）または Grant Management の DELETE で、その連携のトークンはすべて失効します。お客さまも金融機関の「連携サービスの確認・停止」（<C>{"/{institution}/links"}</C>）からいつでも停止でき、その後の API は 401 <C>unauthorized</C>、トークンの取り直しは 400 <C>invalid_grant</C> になります。</p>
        <CodeBlock label="失効（curl）">{revokeSnippet(e)}</CodeBlock>
      </DocsSection>
    </>
  );
}
