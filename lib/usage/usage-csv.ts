// The usage CSV (the console's download, `npm run renkei -- usage --format csv`): one row per institution ×
// client × operation × JST day, the header exactly as documented in docs/operators.md. Pure.
import type { TUsageRow } from "./month-usage";

export const USAGE_CSV_HEADER = "institution,client_id,operation,day,calls,ok,client_errors,server_errors,rate_limited,customer_present,p95_ms";

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
const field = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function usageCsv(rows: TUsageRow[]): string {
  const lines = rows.map((r) => [r.institution, r.clientId, r.operation, r.day, r.calls, r.ok, r.clientErrors, r.serverErrors, r.rateLimited, r.customerPresent, r.p95Ms].map(field).join(","));
  return [USAGE_CSV_HEADER, ...lines].join("\r\n") + "\r\n";
}
