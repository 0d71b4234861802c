import { listAccounts } from "@/lib/accounts/list-accounts";
import { withResourceAccess } from "@/lib/api/with-resource-access";

export const dynamic = "force-dynamic";

// Listing the consented accounts comes with either scope (DESIGN.md §3).
export const GET = withResourceAccess(({ access }) => listAccounts(access.accountIds), { scope: null });
