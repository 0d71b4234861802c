// `npm run renkei -- <command>`: the operator's shell tools.
//   client add --institution sakura[,minato] --name … --aggregator … --registration-number … --redirect-uri … [--redirect-uri …]
//              (--jwks-file keys.json | --jwks-uri https://… | --auth tls_client_auth --subject-dn "CN=…,O=…")
//              [--channels personal,corporate]   (default: the channels each institution offers)
//              [--profile baseline [--auth client_secret_basic]]   a baseline client's secret is printed once
//   iat create --aggregator-name … --registration-number … [--institution sakura] [--label …] [--hours 24] [--single-use]
//              prints a new initial access token once, for that aggregator only (up to 720 hours)
//   iat revoke <id>
//   institution add --slug … --name … --bank-code 1234 --settings settings.json --theme theme.json [--client-ca ca.pem] [--consent-days 90]
//              (the shapes of lib/institutions/settings.ts and theme.ts; prisma/seed/institutions.ts has three examples)
//   institution core --slug … --mode embedded
//   institution core --slug … --mode http --base-url https://… [--timeout-ms 2000] [--max-concurrent 16]
//              [--bearer-env NAME | --cert client.pem --key client.key --ca gateway-ca.pem]
//              how the institution reaches its bank's systems (docs/connecting-your-bank.md); a bearer secret is read
//              by the server from the environment variable NAME, never given here
//   operator add --login … --name … --institutions all|sakura[,minato]   the first operator of a new database, or another
//   operator password --login …                                           a new password (e.g. for a demo one a production start refuses)
//              the password is read from RENKEI_OPERATOR_PASSWORD or from stdin — never from the command
//              line, which other users of the machine and the shell's history can read
//   customer unlock --institution kita --login kita-user1 [--contract 2000000001]
//              unlocks a customer whose password, one-time password, 追加認証 answer or PIN reached the lockout
//              (after the bank has confirmed the customer; audited as customer.unlocked; lib/auth/unlock-customer.ts)
//   client limits --client <client_id> --institution <slug> [--rps N] [--daily N] [--present-daily N] [--oauth-per-minute N]
//              a client's limits at one institution (lib/limits/): N a whole number, 0 = no limit, "" = the institution's
//              default; a flag left out keeps its value. Without a flag: prints the limits in force
//   institution limits --slug … [--rps N] [--daily N] [--present-daily N] [--oauth-per-minute N]
//              the institution's defaults for clients without their own (settings.limits; 0 = no limit)
//   usage --month 2026-12 [--format csv] [--institution <slug>] [--client <client_id>]
//              the month's usage per institution × client × operation × JST day (docs/operators.md "Limits and usage")
//   demo remove      deletes the demo customers and the demo's own clients (lib/demo/remove-demo-data.ts)
import { readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { db } from "../lib/db";
import { registerClient } from "../lib/oauth/registration/register-client";
import { issueInitialAccessToken } from "../lib/console/issue-initial-access-token";
import { OAuthError } from "../lib/oauth/errors/oauth-errors";
import { createOperator } from "../lib/console/create-operator";
import { setOperatorPassword } from "../lib/console/set-operator-password";
import { removeDemoData } from "../lib/demo/remove-demo-data";
import { unlockCustomer } from "../lib/auth/unlock-customer";
import { createInstitution } from "../lib/institutions/create-institution";
import { setCoreSettings } from "../lib/bank/transport/set-core-settings";
import { hotQueries } from "../lib/db/hot/hot-queries";
import { clientLimits, LIMIT_FIELDS } from "../lib/limits/client-limits";
import { ownClientLimits, parseLimitText, setClientLimits, type TClientLimitValues } from "../lib/limits/set-client-limits";
import { getInstitution } from "../lib/institutions/get-institution";
import { ZLimitDefaults } from "../lib/institutions/settings";
import { MONTH, monthUsage } from "../lib/usage/month-usage";
import { usageCsv } from "../lib/usage/usage-csv";

async function institutionIds(list: string | undefined): Promise<string[]> {
  if (!list) throw new Error("--institution is required (one slug, or several separated by commas)");
  const slugs = list.split(",").map((s) => s.trim());
  const rows = await db.institution.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const missing = slugs.filter((s) => !rows.some((r) => r.slug === s));
  if (missing.length) throw new Error(`unknown institution: ${missing.join(", ")}`);
  return rows.map((r) => r.id);
}

async function clientAdd(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      institution: { type: "string" }, name: { type: "string" }, aggregator: { type: "string" }, "registration-number": { type: "string" },
      "redirect-uri": { type: "string", multiple: true }, "jwks-file": { type: "string" }, "jwks-uri": { type: "string" },
      auth: { type: "string", default: "private_key_jwt" }, "subject-dn": { type: "string" }, channels: { type: "string" },
      service: { type: "string" }, "event-delivery-uri": { type: "string" }, profile: { type: "string", default: "fapi2" },
    },
  });
  const registered = await registerClient(
    {
      client_name: values.name, aggregator_name: values.aggregator, aggregator_registration_number: values["registration-number"],
      redirect_uris: values["redirect-uri"] ?? [], token_endpoint_auth_method: values.auth,
      jwks: values["jwks-file"] ? JSON.parse(readFileSync(values["jwks-file"], "utf8")) : undefined,
      jwks_uri: values["jwks-uri"], tls_client_auth_subject_dn: values["subject-dn"],
      channels: values.channels?.split(",").map((c) => c.trim()), service_description: values.service,
      event_delivery_uri: values["event-delivery-uri"],
      security_profile: values.profile,
    },
    // the shell that can run this can write the database: it acts for every institution
    { institutionIds: await institutionIds(values.institution), actorType: "operator", actorId: "cli", door: { kind: "operator", everyInstitution: true } },
  );
  console.log(JSON.stringify(registered, null, 2));
}

async function iatCreate(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      institution: { type: "string" }, label: { type: "string", default: "cli" }, "aggregator-name": { type: "string" },
      "registration-number": { type: "string" }, hours: { type: "string", default: "24" }, "single-use": { type: "boolean", default: false },
    },
  });
  const institutionId = values.institution ? (await institutionIds(values.institution))[0] : "";
  // the shell acts as an operator of every institution, through the console's own rules
  const shell = { operatorId: "cli", loginId: "cli", name: "cli", all: true, institutionIds: [] };
  const result = await issueInitialAccessToken(shell, {
    institutionId, label: values.label!, aggregatorName: values["aggregator-name"] ?? "", registrationNumber: values["registration-number"] ?? "",
    hours: values.hours!, singleUse: values["single-use"]!,
  }, null);
  if (!result.ok) {
    const flag: Record<string, string> = { aggregatorName: "--aggregator-name", registrationNumber: "--registration-number", hours: "--hours", label: "--label" };
    throw new Error(Object.entries(result.errors).map(([field, message]) => `${flag[field] ?? field}: ${message}`).join("\n"));
  }
  console.log(`initial access token (shown once): ${result.token}\nid: ${result.id}  institution: ${values.institution ?? "all"}  aggregator: ${values["aggregator-name"]} (${values["registration-number"]})  expires: ${result.expiresAt.toISOString()}${values["single-use"] ? "  single-use" : ""}`);
}

async function iatRevoke(args: string[]) {
  const id = args[0];
  if (!id) throw new Error("usage: iat revoke <id>");
  await db.initialAccessToken.update({ where: { id }, data: { revokedAt: new Date() } });
  console.log(`revoked ${id}`);
}

/** RENKEI_OPERATOR_PASSWORD, or stdin: a pipe is read to its end (one trailing newline dropped), a terminal asked without echo. */
async function readPassword(): Promise<string> {
  const fromEnv = process.env.RENKEI_OPERATOR_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    return text.replace(/\r?\n$/, "");
  }
  let muted = false;
  const output = new Writable({ write: (chunk, _encoding, done) => (muted || process.stderr.write(chunk), done()) });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const ask = (question: string) => new Promise<string>((resolve) => {
    muted = false;
    rl.question(question, (answer) => (process.stderr.write("\n"), resolve(answer)));
    muted = true;
  });
  try {
    const first = await ask("password: ");
    if ((await ask("again: ")) !== first) throw new Error("the two passwords differ");
    return first;
  } finally {
    rl.close();
  }
}

async function institutionAdd(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      slug: { type: "string" }, name: { type: "string" }, "bank-code": { type: "string" }, settings: { type: "string" }, theme: { type: "string" },
      "client-ca": { type: "string" }, "consent-days": { type: "string" },
    },
  });
  if (!values.settings || !values.theme) throw new Error("usage: institution add --slug … --name … --bank-code 1234 --settings settings.json --theme theme.json [--client-ca ca.pem] [--consent-days 90]");
  const result = await createInstitution({
    slug: values.slug, name: values.name, bankCode: values["bank-code"],
    consentDays: values["consent-days"] ? Number(values["consent-days"]) : undefined,
    settings: JSON.parse(readFileSync(values.settings, "utf8")), theme: JSON.parse(readFileSync(values.theme, "utf8")),
    clientCaPem: values["client-ca"] ? readFileSync(values["client-ca"], "utf8") : undefined,
  }, "cli");
  if (!result.ok) throw new Error(result.message);
  console.log(`institution ${values.slug} created: issuer /${values.slug}, console /console`);
}

const CORE_USAGE = "usage: institution core --slug … --mode embedded | --mode http --base-url https://… [--timeout-ms 2000] [--max-concurrent 16] [--bearer-env NAME | --cert FILE --key FILE --ca FILE]";

async function institutionCore(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      slug: { type: "string" }, mode: { type: "string" }, "base-url": { type: "string" }, "timeout-ms": { type: "string" },
      "max-concurrent": { type: "string" }, "bearer-env": { type: "string" }, cert: { type: "string" }, key: { type: "string" }, ca: { type: "string" },
    },
  });
  if (!values.slug || !values.mode) throw new Error(CORE_USAGE);
  const tls = [values.cert, values.key, values.ca];
  if (values["bearer-env"] && tls.some(Boolean)) throw new Error("either --bearer-env or --cert/--key/--ca, not both");
  if (tls.some(Boolean) && !tls.every(Boolean)) throw new Error("mutual TLS needs all three: --cert, --key and --ca");
  const auth = values["bearer-env"] ? { kind: "bearer", secretEnv: values["bearer-env"] }
    : values.cert ? { kind: "mtls", certFile: path.resolve(values.cert), keyFile: path.resolve(values.key!), caFile: path.resolve(values.ca!) }
      : undefined;
  const number = (raw: string | undefined) => (raw === undefined ? undefined : Number(raw));
  const result = await setCoreSettings(values.slug, {
    mode: values.mode, baseUrl: values["base-url"], timeoutMs: number(values["timeout-ms"]), maxConcurrent: number(values["max-concurrent"]), auth,
  }, { type: "operator", id: "cli" });
  if (!result.ok) throw new Error(result.message);
  if (result.warning) console.warn(`note: ${result.warning}`);
  const { core } = result;
  console.log(core.mode === "embedded"
    ? `institution ${values.slug}: embedded (customers and accounts from Renkei's own tables)`
    : `institution ${values.slug}: http ${core.baseUrl} (timeout ${core.timeoutMs} ms, at most ${core.maxConcurrent} calls at once, ${core.auth?.kind ?? "no"} authentication)`);
}

async function operatorAdd(args: string[]) {
  const { values } = parseArgs({ args, options: { login: { type: "string" }, name: { type: "string" }, institutions: { type: "string" } } });
  if (!values.login || !values.name || !values.institutions) throw new Error("usage: operator add --login <id> --name <name> --institutions all|<slug>[,<slug>]   (password on stdin or in RENKEI_OPERATOR_PASSWORD)");
  const institutions = values.institutions === "all" ? "all" : values.institutions.split(",").map((s) => s.trim());
  const result = await createOperator({ loginId: values.login, name: values.name, institutions, password: await readPassword() }, "cli");
  if (!result.ok) throw new Error(result.message);
  console.log(`operator ${values.login} created (${institutions === "all" ? "every institution" : institutions.join(", ")}); sign in at /console/login`);
}

async function operatorPassword(args: string[]) {
  const { values } = parseArgs({ args, options: { login: { type: "string" } } });
  if (!values.login) throw new Error("usage: operator password --login <id>   (password on stdin or in RENKEI_OPERATOR_PASSWORD)");
  const result = await setOperatorPassword(values.login, await readPassword(), "cli");
  if (!result.ok) throw new Error(result.message);
  console.log(`operator ${values.login}: password changed`);
}

async function customerUnlock(args: string[]) {
  const { values } = parseArgs({ args, options: { institution: { type: "string" }, login: { type: "string" }, contract: { type: "string" } } });
  if (!values.institution || !values.login) throw new Error("usage: customer unlock --institution <slug> --login <login ID> [--contract <contract number>]");
  const result = await unlockCustomer({ institution: values.institution, loginId: values.login, contractNumber: values.contract, actor: { type: "operator", id: "cli" }, ip: null });
  if (!result.ok) throw new Error(result.error);
  console.log(`unlocked ${values.login} at ${values.institution} (${result.counters} lockout counters removed)`);
}

const LIMIT_OPTIONS = { rps: { type: "string" }, daily: { type: "string" }, "present-daily": { type: "string" }, "oauth-per-minute": { type: "string" } } as const;
const LIMIT_FLAGS: Record<(typeof LIMIT_FIELDS)[number], keyof typeof LIMIT_OPTIONS> = { rps: "rps", daily: "daily", presentDaily: "present-daily", oauthPerMinute: "oauth-per-minute" };

/** The limit flags given, parsed: a field left out is undefined. */
function limitFlags(values: Partial<Record<keyof typeof LIMIT_OPTIONS, string>>): Partial<TClientLimitValues> {
  const out: Partial<TClientLimitValues> = {};
  for (const field of LIMIT_FIELDS) {
    const text = values[LIMIT_FLAGS[field]];
    if (text === undefined) continue;
    const parsed = parseLimitText(text);
    if ("problem" in parsed) throw new Error(`--${LIMIT_FLAGS[field]}: ${parsed.problem}`);
    out[field] = parsed.value;
  }
  return out;
}

async function clientLimitsCommand(args: string[]) {
  const { values } = parseArgs({ args, options: { client: { type: "string" }, institution: { type: "string" }, ...LIMIT_OPTIONS } });
  if (!values.client || !values.institution) throw new Error("usage: client limits --client <client_id> --institution <slug> [--rps N] [--daily N] [--present-daily N] [--oauth-per-minute N]");
  const institution = await getInstitution(values.institution);
  if (!institution) throw new Error(`unknown institution: ${values.institution}`);
  const given = limitFlags(values);
  if (Object.keys(given).length > 0) {
    const current = await ownClientLimits(institution.id, values.client);
    const result = await setClientLimits({ institutionId: institution.id, clientId: values.client, values: { ...current, ...given } }, { type: "operator", id: "cli" }, null);
    if (!result.ok) throw new Error(result.error);
  }
  const own = await ownClientLimits(institution.id, values.client);
  const effective = await clientLimits(institution, values.client);
  for (const field of LIMIT_FIELDS) {
    console.log(`${LIMIT_FLAGS[field]}: ${effective[field] || "no limit"}${own[field] === null ? " (institution default)" : ""}`);
  }
}

async function institutionLimits(args: string[]) {
  const { values } = parseArgs({ args, options: { slug: { type: "string" }, ...LIMIT_OPTIONS } });
  if (!values.slug) throw new Error("usage: institution limits --slug … [--rps N] [--daily N] [--present-daily N] [--oauth-per-minute N]");
  const row = await db.institution.findUnique({ where: { slug: values.slug }, select: { id: true, settings: true } });
  if (!row) throw new Error(`unknown institution: ${values.slug}`);
  const settings = JSON.parse(row.settings) as Record<string, unknown>;
  const given = limitFlags(values);
  const limits = ZLimitDefaults.parse({ ...(settings.limits as object | undefined), ...Object.fromEntries(Object.entries(given).map(([k, v]) => [k, v ?? 0])) });
  await db.institution.update({ where: { id: row.id }, data: { settings: JSON.stringify({ ...settings, limits }) } });
  console.log(`${values.slug}: ${LIMIT_FIELDS.map((f) => `${LIMIT_FLAGS[f]} ${limits[f] || "no limit"}`).join(", ")} (servers see it within 5 s)`);
}

async function usage(args: string[]) {
  const { values } = parseArgs({ args, options: { month: { type: "string" }, format: { type: "string", default: "csv" }, institution: { type: "string" }, client: { type: "string" } } });
  if (!values.month || !MONTH.test(values.month) || values.format !== "csv") throw new Error("usage: usage --month YYYY-MM [--format csv] [--institution <slug>] [--client <client_id>]");
  const institutionIdsOf = values.institution ? await institutionIds(values.institution) : undefined;
  try {
    process.stdout.write(usageCsv(await monthUsage(values.month, { institutionIds: institutionIdsOf, clientId: values.client })));
  } finally {
    await (await hotQueries()).close();
  }
}

async function demoRemove() {
  const removed = await removeDemoData("cli");
  console.log(`removed ${removed.contracts} demo contracts (with their users, accounts and grants) and ${removed.clients} demo clients`);
}

const commands: Record<string, (args: string[]) => Promise<void>> = {
  "client add": clientAdd, "iat create": iatCreate, "iat revoke": iatRevoke,
  "institution add": institutionAdd, "institution core": institutionCore, "operator add": operatorAdd, "operator password": operatorPassword,
  "customer unlock": customerUnlock, "demo remove": demoRemove,
  "client limits": clientLimitsCommand, "institution limits": institutionLimits,
};

async function main() {
  const [noun, verb, ...rest] = process.argv.slice(2);
  // a one-word command takes every argument after it
  const command = noun === "usage" ? (args: string[]) => usage(args) : commands[`${noun} ${verb}`];
  if (noun === "usage" && verb !== undefined) rest.unshift(verb);
  if (!command) {
    console.error("usage: npm run renkei -- client add … | iat create … | iat revoke <id> | institution add … | institution core … | operator add … | operator password … | customer unlock … | client limits … | institution limits … | usage --month YYYY-MM --format csv | demo remove   (see scripts/renkei.ts)");
    process.exit(2);
  }
  await command(rest);
}

main()
  .catch((error) => {
    console.error(error instanceof OAuthError ? `${error.error}: ${error.description}` : error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
