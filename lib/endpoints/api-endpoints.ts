// The resource API's endpoints (docs/design.md §4), each one handler for both mounts: the DPoP-bound access
// token is checked first (lib/oauth/resource-access/authenticate-resource-request.ts), then the lib/accounts query runs.
import "server-only";
import { getBalances } from "@/lib/accounts/get-balances";
import { listAccounts } from "@/lib/accounts/list-accounts";
import { listTransactions } from "@/lib/accounts/list-transactions";
import { ApiError } from "@/lib/api/api-errors";
import { authenticateResourceRequest, type TResourceAccess } from "@/lib/oauth/resource-access/authenticate-resource-request";
import type { TScope } from "@/lib/oauth/authorization-request/authorization-params";
import type { TRequestContext } from "@/lib/oauth/endpoints/request-context";
import { authenticateClient } from "@/lib/oauth/client-authentication/authenticate-client";
import { endpointsFor } from "@/lib/oauth/endpoints/endpoint-urls";
import { OAuthError } from "@/lib/oauth/errors/oauth-errors";
import { readForm } from "@/lib/oauth/endpoints/read-form";
import { jstIsoDate } from "@/lib/time/jst";
import { MONTH, monthUsage } from "@/lib/usage/month-usage";
import { apiEndpoint } from "./define-endpoint";
import type { TMachineRequest } from "@/lib/http/machine-request";
import { jsonResponse } from "@/lib/http/json-response";

type TQuery = (name: string) => string | undefined;
type TApiHandler = (input: { ctx: TRequestContext; access: TResourceAccess; query: TQuery }) => Promise<unknown>;

/** Query parameters, each at most once (a duplicated one is an error, not a guess). */
function queryOf(request: TMachineRequest): TQuery {
  const params = new URL(request.url).searchParams;
  return (name) => {
    const values = params.getAll(name);
    if (values.length > 1) throw new ApiError("invalid_parameter", `${name} が複数指定されています`);
    return values[0];
  };
}

function resource(scope: TScope | null, handler: TApiHandler) {
  return apiEndpoint({
    GET: async (ctx) => {
      const access = await authenticateResourceRequest(ctx, scope);
      const body = await handler({ ctx, access, query: queryOf(ctx.request) });
      return jsonResponse(body, { headers: { "cache-control": "no-store" } });
    },
  });
}

// Listing the consented accounts comes with either scope (docs/design.md §3).
export const accountsEndpoint = resource(null, ({ ctx, access }) => listAccounts(ctx.institution, access.accountIds));

export const balancesEndpoint = resource("balances", ({ ctx, access, query }) => getBalances(ctx.institution, access.accountIds, query("accountId")));

export const transactionsEndpoint = resource("transactions", ({ ctx, access, query }) =>
  listTransactions(
    ctx.institution,
    access,
    { accountId: query("accountId"), dateFrom: query("dateFrom"), dateTo: query("dateTo"), nextItemKey: query("nextItemKey") },
    ctx.institution.settings.api.maxTransactionRangeDays,
  ),
);

/**
 * An aggregator's own usage at this institution for one month (docs/operators.md "Limits and usage"): POST with
 * client authentication as at the token endpoint (private_key_jwt, tls_client_auth, or a baseline client's
 * secret) and month=YYYY-MM (default: this month in JST). Only the authenticated client's own rows.
 */
export const usageEndpoint = apiEndpoint({
  POST: async (ctx) => {
    const e = endpointsFor(ctx.institution.slug);
    let form: Record<string, string>;
    let clientId: string;
    try {
      form = await readForm(ctx.request);
      ({ clientId } = await authenticateClient(ctx, form, [e.issuer, `${e.issuer}/api/v1/usage`]));
    } catch (error) {
      // the client's authentication failed: the API's own shape (RFC 6749's code in the detail)
      if (error instanceof OAuthError) throw new ApiError(error.status === 401 ? "invalid_client" : "invalid_parameter", `${error.error}: ${error.description}`);
      throw error;
    }
    const month = form.month ?? jstIsoDate().slice(0, 7);
    if (!MONTH.test(month)) throw new ApiError("invalid_parameter", "month は YYYY-MM で指定してください");
    const rows = await monthUsage(month, { institutionIds: [ctx.institution.id], clientId });
    const days = rows.map(({ institution: _institution, clientId: _clientId, ...row }) => row);
    return jsonResponse({ institution: ctx.institution.slug, clientId, month, days }, { headers: { "cache-control": "no-store" } });
  },
});
