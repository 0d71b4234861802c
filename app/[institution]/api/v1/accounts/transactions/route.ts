import { listTransactions } from "@/lib/accounts/list-transactions";
import { queryParam, withResourceAccess } from "@/lib/api/with-resource-access";

export const dynamic = "force-dynamic";

export const GET = withResourceAccess(
  ({ url, access, institution }) =>
    listTransactions(
      access,
      { accountId: queryParam(url, "accountId"), dateFrom: queryParam(url, "dateFrom"), dateTo: queryParam(url, "dateTo"), nextItemKey: queryParam(url, "nextItemKey") },
      institution.settings.api.maxTransactionRangeDays,
    ),
  { scope: "transactions" },
);
