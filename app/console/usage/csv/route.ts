// /console/usage/csv?month=YYYY-MM — the month's usage of the operator's institutions as CSV (lib/usage/usage-csv.ts),
// the same rows as `npm run renkei -- usage --month … --format csv`.
import { requireOperator } from "@/lib/console/require-operator";
import { jstIsoDate } from "@/lib/time/jst";
import { MONTH, monthUsage } from "@/lib/usage/month-usage";
import { usageCsv } from "@/lib/usage/usage-csv";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const scope = await requireOperator();
  const asked = new URL(request.url).searchParams.get("month") ?? "";
  const month = MONTH.test(asked) ? asked : jstIsoDate().slice(0, 7);
  const csv = usageCsv(await monthUsage(month, { institutionIds: scope.all ? undefined : scope.institutionIds }));
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="renkei-usage-${month}.csv"`, "cache-control": "no-store" },
  });
}
