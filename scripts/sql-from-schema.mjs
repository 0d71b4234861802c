// Writes the CREATE statements for prisma/schema.prisma in Prisma's own naming conventions
// ("Model_field_key", "Model_field_idx", "Model_field_fkey"), for SQLite or PostgreSQL.
// Prisma's migration engine is a binary download that fails offline (docs/stack-notes.md), so a
// new migration's SQL starts here: `node scripts/sql-from-schema.mjs sqlite|postgresql`. It handles the
// subset of the schema language this project uses (scalars, @id, @default, @unique, @@id, @@unique,
// @@index, @relation) and fails loudly on anything else.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SCALARS = new Set(["String", "Int", "BigInt", "Boolean", "DateTime", "Float"]);
const TYPES = {
  sqlite: { String: "TEXT", Int: "INTEGER", BigInt: "BIGINT", Boolean: "BOOLEAN", DateTime: "DATETIME", Float: "REAL" },
  postgresql: { String: "TEXT", Int: "INTEGER", BigInt: "BIGINT", Boolean: "BOOLEAN", DateTime: "TIMESTAMP(3)", Float: "DOUBLE PRECISION" },
};

export function parseSchema(text) {
  const models = [];
  // Line by line: a model opens with `model Name {` and closes with a lone `}` (a default like "{}"
  // inside the block must not end it). Comments are dropped outside string literals.
  const body = text.split("\n").map((line) => line.replace(/^((?:[^"/]|"[^"]*"|\/(?!\/))*)\/\/.*$/, "$1")).join("\n");
  for (const m of body.matchAll(/^model\s+(\w+)\s*\{\n([\s\S]*?)^\}/gm)) {
    const model = { name: m[1], fields: [], id: null, uniques: [], indexes: [], relations: [] };
    for (const raw of m[2].split("\n").map((l) => l.trim()).filter(Boolean)) {
      const block = raw.match(/^@@(id|unique|index)\(\[([^\]]+)\]\)/);
      if (block) {
        const cols = block[2].split(",").map((c) => c.trim());
        if (block[1] === "id") model.id = cols;
        else (block[1] === "unique" ? model.uniques : model.indexes).push(cols);
        continue;
      }
      const f = raw.match(/^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/);
      if (!f) throw new Error(`cannot read line in ${model.name}: ${raw}`);
      const [, name, type, list, optional, attrs] = f;
      if (!SCALARS.has(type)) {
        const rel = attrs.match(/@relation\(fields:\s*\[(\w+)\],\s*references:\s*\[(\w+)\](?:,\s*onDelete:\s*(\w+))?\)/);
        if (rel) model.relations.push({ field: rel[1], target: type, references: rel[2], onDelete: rel[3] ?? "Restrict" });
        else if (!list && !/^\s*$/.test(attrs) && !attrs.startsWith("@relation")) throw new Error(`unsupported: ${raw}`);
        continue;
      }
      if (list) throw new Error(`scalar lists are not portable: ${model.name}.${name}`);
      const def = attrs.match(/@default\(((?:[^()]|\([^)]*\))*)\)/)?.[1];
      model.fields.push({
        name, type, optional: Boolean(optional), id: /@id\b/.test(attrs), unique: /@unique\b/.test(attrs),
        autoincrement: def === "autoincrement()", default: def,
      });
      if (/@id\b/.test(attrs)) model.id = [name];
    }
    models.push(model);
  }
  return models;
}

function sqlDefault(field) {
  const d = field.default;
  if (d === undefined || d === "autoincrement()" || d === "cuid()" || d === "uuid()") return "";
  if (d === "now()") return " DEFAULT CURRENT_TIMESTAMP";
  if (d === "true" || d === "false") return ` DEFAULT ${d}`;
  if (/^-?\d+(\.\d+)?$/.test(d)) return ` DEFAULT ${d}`;
  if (/^".*"$/.test(d)) return ` DEFAULT '${JSON.parse(d).replace(/'/g, "''")}'`;
  throw new Error(`unsupported default ${d} on ${field.name}`);
}

const q = (name) => `"${name}"`;
const action = (a) => ({ Cascade: "CASCADE", Restrict: "RESTRICT", SetNull: "SET NULL" })[a];

export function createStatements(models, provider) {
  const types = TYPES[provider];
  const out = [];
  for (const model of models) {
    const lines = model.fields.map((f) => {
      const single = model.id?.length === 1 && model.id[0] === f.name;
      if (f.autoincrement) {
        return provider === "sqlite" ? `    ${q(f.name)} INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT` : `    ${q(f.name)} SERIAL NOT NULL`;
      }
      const pk = single && provider === "sqlite" ? " PRIMARY KEY" : "";
      return `    ${q(f.name)} ${types[f.type]}${f.optional ? "" : " NOT NULL"}${pk}${sqlDefault(f)}`;
    });
    const pkCols = model.id ?? [];
    const sqlitePkInline = provider === "sqlite" && pkCols.length === 1;
    if (!sqlitePkInline && pkCols.length) {
      lines.push(provider === "sqlite"
        ? `    PRIMARY KEY (${pkCols.map(q).join(", ")})`
        : `    CONSTRAINT ${q(`${model.name}_pkey`)} PRIMARY KEY (${pkCols.map(q).join(", ")})`);
    }
    if (provider === "sqlite") {
      for (const r of model.relations) {
        lines.push(`    CONSTRAINT ${q(`${model.name}_${r.field}_fkey`)} FOREIGN KEY (${q(r.field)}) REFERENCES ${q(r.target)} (${q(r.references)}) ON DELETE ${action(r.onDelete)} ON UPDATE CASCADE`);
      }
    }
    out.push(`CREATE TABLE ${q(model.name)} (\n${lines.join(",\n")}\n);`);
  }
  for (const model of models) {
    const uniques = [...model.fields.filter((f) => f.unique && !f.id).map((f) => [f.name]), ...model.uniques];
    for (const cols of uniques) out.push(`CREATE UNIQUE INDEX ${q(`${model.name}_${cols.join("_")}_key`)} ON ${q(model.name)}(${cols.map(q).join(", ")});`);
    for (const cols of model.indexes) out.push(`CREATE INDEX ${q(`${model.name}_${cols.join("_")}_idx`)} ON ${q(model.name)}(${cols.map(q).join(", ")});`);
  }
  if (provider === "postgresql") {
    for (const model of models) {
      for (const r of model.relations) {
        out.push(`ALTER TABLE ${q(model.name)} ADD CONSTRAINT ${q(`${model.name}_${r.field}_fkey`)} FOREIGN KEY (${q(r.field)}) REFERENCES ${q(r.target)}(${q(r.references)}) ON DELETE ${action(r.onDelete)} ON UPDATE CASCADE;`);
      }
    }
  }
  return out.join("\n\n") + "\n";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const provider = process.argv[2];
  if (!TYPES[provider]) throw new Error("usage: node scripts/sql-from-schema.mjs sqlite|postgresql");
  const schema = readFileSync(new URL("../prisma/schema.prisma", import.meta.url), "utf8");
  process.stdout.write(createStatements(parseSchema(schema), provider));
}
