import { getBalances } from "@/lib/accounts/get-balances";
import { queryParam, withResourceAccess } from "@/lib/api/with-resource-access";

export const dynamic = "force-dynamic";

export const GET = withResourceAccess(({ url, access }) => getBalances(access.accountIds, queryParam(url, "accountId")), { scope: "balances" });
