// The fields of one JSON schema of the OpenAPI document as a table: name, type, 必須, 説明 — nested arrays
// of objects flattened as name[].field. Below 640 px each field is a card (components/ui/stacked-table.tsx).
import { STACKED } from "@/components/ui/stacked-table";

export type TJsonSchema = {
  type?: string | string[]; description?: string; enum?: unknown[]; const?: unknown;
  properties?: Record<string, TJsonSchema>; required?: string[]; items?: TJsonSchema; anyOf?: TJsonSchema[];
};

type TRow = { name: string; type: string; required: boolean; description: string };

function typeOf(s: TJsonSchema): string {
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.anyOf) return s.anyOf.map(typeOf).join(" | ");
  if (s.type === "array") return `${s.items ? typeOf(s.items) : "any"}[]`;
  return Array.isArray(s.type) ? s.type.join(" | ") : s.type ?? "object";
}

export function schemaRows(schema: TJsonSchema, prefix = ""): TRow[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, prop]) => [
    { name: prefix + name, type: typeOf(prop), required: (schema.required ?? []).includes(name), description: prop.description ?? "" },
    ...(prop.type === "array" && prop.items?.properties ? schemaRows(prop.items, `${prefix}${name}[].`) : []),
  ]);
}

export function FieldsTable({ schema, caption, showRequired = true }: { schema: TJsonSchema; caption: string; showRequired?: boolean }) {
  const rows = schemaRows(schema);
  const heads = ["項目", "型", ...(showRequired ? ["必須"] : []), "説明"];
  return (
    <table className={`${STACKED.table} bg-white`}>
      <caption className={STACKED.caption}>{caption}</caption>
      <thead className={STACKED.thead}><tr>{heads.map((h) => <th key={h} scope="col" className={STACKED.th}>{h}</th>)}</tr></thead>
      <tbody className={STACKED.tbody}>
        {rows.map((r) => (
          <tr key={r.name} className={STACKED.row}>
            <th scope="row" className={`${STACKED.rowHeader} font-mono [overflow-wrap:anywhere]`}>{r.name}</th>
            <td className={`${STACKED.cell} font-mono text-xs [overflow-wrap:anywhere]`} data-label="型">{r.type}</td>
            {showRequired ? <td className={STACKED.cell} data-label="必須">{r.required ? "必須" : "任意"}</td> : null}
            <td className={STACKED.cell} data-label="説明">{r.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
