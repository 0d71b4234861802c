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
