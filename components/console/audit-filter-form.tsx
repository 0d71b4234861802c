// The audit log's filters: 金融機関, お客さま (契約者ID or ログインID), クライアント, 操作 (one
// action or a whole group) and the date range. A GET form, so a filtered log is a link.
import type { TAuditQuery } from "@/lib/console/list-audit-events";
import { AUDIT_ACTIONS, auditGroupPrefix } from "@/lib/console/audit-action-label";
import { InstitutionFilter } from "./institution-filter";

// a label never wider than the form (its input or select shrinks with it): a phone does not scroll sideways
const input = "block max-w-full rounded-theme border px-2 py-1";

export function AuditFilterForm({ query, institutions, clients }: { query: TAuditQuery; institutions: { id: string; name: string }[]; clients: { clientId: string; label: string }[] }) {
  return (
    <form method="get" role="search" aria-label="監査ログの絞り込み" className="flex flex-wrap items-end gap-3 rounded-theme bg-surface p-4 text-sm [&>label]:max-w-full [&>label]:min-w-0">
      <InstitutionFilter institutions={institutions} value={query.institutionId} />
      <label>お客さま（契約者ID・ログインID）<input name="customer" defaultValue={query.customer} className={input} /></label>
      <label>クライアント
        <select name="client" defaultValue={query.client} className={`${input} max-w-xs`}>
          <option value="">すべて</option>
          {clients.map((c) => <option key={c.clientId} value={c.clientId}>{c.label}</option>)}
        </select>
      </label>
      <label>操作
        <select name="action" defaultValue={query.action} className={input}>
          <option value="">すべて</option>
          {AUDIT_ACTIONS.map((g) => {
            const prefix = auditGroupPrefix(g);
            return (
              <optgroup key={g.group} label={g.group}>
                {prefix ? <option value={prefix}>{g.group}（すべて）</option> : null}
                {Object.entries(g.actions).map(([key, label]) => <option key={key} value={key}>{label}</option>)}
              </optgroup>
            );
          })}
        </select>
      </label>
      <label>開始日<input type="date" name="from" defaultValue={query.from} className={input} /></label>
      <label>終了日<input type="date" name="to" defaultValue={query.to} className={input} /></label>
      <button type="submit" className="rounded-theme bg-primary px-4 py-2 font-bold text-on-primary">絞り込む</button>
    </form>
  );
}
