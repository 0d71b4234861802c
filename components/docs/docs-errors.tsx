// /docs: every error an aggregator can meet — the authorization server's (RFC 6749 §5.2 JSON) and the
// API's ({errorCode, errorMessage}) — with its status, where it happens, and what to do.
import { API_ERRORS } from "@/lib/api/api-errors";
import { API_ERROR_ACTIONS } from "@/lib/api/api-error-actions";
import { OAUTH_ERROR_CODES } from "@/lib/api/oauth-error-codes";
import * as ex from "@/lib/api/openapi-examples";
import { STACKED } from "@/components/ui/stacked-table";
import { C, CodeBlock } from "./code-block";
import { DocsSection } from "./docs-section";

export function DocsErrors() {
  return (
    <DocsSection id="errors" title="エラー一覧">
      <p>認可サーバー（登録・PAR・トークン・失効・イントロスペクション・grants）は RFC 6749 §5.2 の <C>{"{ error, error_description }"}</C>、API は <C>{"{ errorCode, errorMessage }"}</C> を、下の HTTP ステータスで返します。スタックトレースなどの内部情報は返しません。API の 401・403 には <C>WWW-Authenticate: DPoP …</C> が付きます。</p>
      <CodeBlock label="認可サーバーのエラーの例">{`${JSON.stringify(ex.oauthErrorExample, null, 2)}\n${JSON.stringify(ex.nonceErrorExample, null, 2)}`}</CodeBlock>
      <table className={`${STACKED.table} bg-white`}>
        <caption className={STACKED.caption}>認可サーバーのエラー（error）</caption>
        <thead className={STACKED.thead}><tr>{["error", "HTTP", "エンドポイント", "意味", "対処"].map((h) => <th key={h} scope="col" className={STACKED.th}>{h}</th>)}</tr></thead>
        <tbody className={STACKED.tbody}>
          {Object.entries(OAUTH_ERROR_CODES).map(([code, e]) => (
            <tr key={code} id={`error-${code}`} className={STACKED.row}>
              <th scope="row" className={`${STACKED.rowHeader} font-mono`}>{code}</th>
              <td className={STACKED.cell} data-label="HTTP">{e.status}</td>
              <td className={STACKED.cell} data-label="エンドポイント">{e.where}</td>
              <td className={STACKED.cell} data-label="意味">{e.meaning}</td>
              <td className={STACKED.cell} data-label="対処">{e.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CodeBlock label="API のエラーの例">{JSON.stringify(ex.apiErrorExample, null, 2)}</CodeBlock>
      <table className={`${STACKED.table} bg-white`}>
        <caption className={STACKED.caption}>API のエラー（errorCode）</caption>
        <thead className={STACKED.thead}><tr>{["errorCode", "HTTP", "errorMessage", "対処"].map((h) => <th key={h} scope="col" className={STACKED.th}>{h}</th>)}</tr></thead>
        <tbody className={STACKED.tbody}>
          {(Object.keys(API_ERRORS) as (keyof typeof API_ERRORS)[]).map((code) => (
            <tr key={code} className={STACKED.row}>
              <th scope="row" className={`${STACKED.rowHeader} font-mono`}>{code}</th>
              <td className={STACKED.cell} data-label="HTTP">{API_ERRORS[code].status}</td>
              <td className={STACKED.cell} data-label="errorMessage">{API_ERRORS[code].message}</td>
              <td className={STACKED.cell} data-label="対処">{API_ERROR_ACTIONS[code]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </DocsSection>
  );
}
