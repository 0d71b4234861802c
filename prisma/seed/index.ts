// Seeds the demo data of docs/design.md §7. Idempotent: every record is found by its natural key and
// created only when missing, so re-running neither duplicates nor overwrites what an operator changed.
import { X509Certificate } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { TDb } from "../../lib/db";
import { hashSecret } from "../../lib/crypto/password";
import { encryptSecret } from "../../lib/crypto/data-key";
import { publicOrigin } from "../../lib/config/origin";
import { ZTheme } from "../../lib/institutions/theme";
import { loadOrCreateDemoAggregatorKey } from "../../lib/demo/demo-aggregator-key";
import { demoInstitutions } from "./institutions";
import { demoAggregatorClient, demoAggregators, sandboxClient } from "../../lib/demo/demo-aggregators";
import { ACCOUNT_TYPE_NAMES, DEMO_INQUIRY_PIN, DEMO_TOTP_SECRET, demoContracts, demoOperators } from "../../lib/demo/demo-customers";
import { generateTransactions } from "./transactions";

const caDir = () => path.resolve(process.env.RENKEI_CA_DIR || ".data/ca");

function readPem(file: string): string | null {
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

/**
 * Where the demo bank's customers live: "embedded" (here, the default) or "http" — in the reference simulator
 * (scripts/core-sim.ts, which seeds its own copy embedded): then this database gets the institutions, connected
 * through the simulator at `simulatorUrl`, the aggregators and clients, and no customer, account or transaction.
 */
export type TDemoCore = { mode: "embedded" } | { mode: "http"; simulatorUrl: string; secretEnv: string };

export async function seedDemo(db: TDb, log: (line: string) => void = () => undefined, core: TDemoCore = { mode: "embedded" }) {
  const caPem = readPem(path.join(caDir(), "ca.pem"));
  const institutionIds = new Map<string, string>();
  for (const demo of demoInstitutions) {
    const inst = core.mode === "embedded" ? demo : {
      ...demo,
      settings: {
        ...demo.settings,
        core: { ...demo.settings.core, mode: "http" as const, baseUrl: `${core.simulatorUrl}/${demo.slug}`, auth: { kind: "bearer" as const, secretEnv: core.secretEnv } },
      },
    };
    const theme = await ZTheme.parseAsync(inst.theme); // a seeded theme passes the same checks as a saved one
    const row = await db.institution.upsert({
      where: { slug: inst.slug },
      create: {
        slug: inst.slug, name: inst.name, bankCode: inst.bankCode, consentDays: inst.consentDays,
        settings: JSON.stringify(inst.settings), theme: JSON.stringify(theme), clientCaPem: caPem,
      },
      update: caPem ? { clientCaPem: caPem } : {},
    });
    institutionIds.set(inst.slug, row.id);
  }

  for (const agg of demoAggregators) {
    const aggregator = await db.aggregator.upsert({
      where: { name: agg.name }, create: { name: agg.name, registrationNumber: agg.registrationNumber }, update: {},
    });
    const client = await db.client.upsert({
      where: { clientId: agg.clientId },
      create: {
        clientId: agg.clientId, aggregatorId: aggregator.id, clientName: agg.clientName, serviceDescription: agg.serviceDescription,
        redirectUris: JSON.stringify([`https://${agg.host}/oauth/callback`]), jwksUri: `https://${agg.host}/.well-known/jwks.json`,
        tokenEndpointAuthMethod: "private_key_jwt", channels: JSON.stringify(["personal", "corporate"]),
      },
      update: {},
    });
    for (const [slug, since] of Object.entries(agg.since)) {
      if (!since) continue;
      await db.clientInstitution.upsert({
        where: { clientId_institutionId: { clientId: client.id, institutionId: institutionIds.get(slug)! } },
        // the seeds' 連携先一覧 is the bank's published list: these partners are listed from the start
        create: { clientId: client.id, institutionId: institutionIds.get(slug)!, personalSince: since.personal, corporateSince: since.corporate, publishedAt: new Date() },
        update: {},
      });
    }
  }
  await seedDemoClients(db, institutionIds);
  log(`institutions: ${demoInstitutions.length}, aggregators: ${demoAggregators.length + 1}`);
  if (core.mode === "embedded") log(`contracts: ${await seedCustomers(db, institutionIds)}`);
  else log(`customers: in the bank simulator at ${core.simulatorUrl}`);
  await seedOperators(db, institutionIds);
}

async function seedCustomers(db: TDb, institutionIds: Map<string, string>): Promise<number> {

  for (const contract of demoContracts) {
    const institutionId = institutionIds.get(contract.institution)!;
    const row = await db.contract.upsert({
      where: { institutionId_contractNumber: { institutionId, contractNumber: contract.contractNumber } },
      create: { institutionId, channel: contract.channel, contractNumber: contract.contractNumber, holderName: contract.holderName, holderNameKana: contract.holderNameKana },
      update: {},
    });
    for (const user of contract.users) {
      const existing = await db.user.findUnique({ where: { contractId_loginId: { contractId: row.id, loginId: user.loginId } } });
      const userRow = existing ?? await db.user.create({
        data: {
          institutionId, contractId: row.id, loginId: user.loginId, displayName: user.displayName,
          passwordHash: await hashSecret(user.password),
          totpSecretEnc: user.totp ? encryptSecret(DEMO_TOTP_SECRET) : null,
          secretQuestion: user.secretQuestion?.question ?? null,
          secretAnswerHash: user.secretQuestion ? await hashSecret(user.secretQuestion.answer) : null,
        },
      });
      const certPem = user.certificate ? readPem(path.join(caDir(), "users", `${user.certificate}.pem`)) : null;
      if (certPem) {
        const cert = new X509Certificate(certPem);
        await db.userCertificate.upsert({
          where: { fingerprint256: cert.fingerprint256 },
          create: { userId: userRow.id, fingerprint256: cert.fingerprint256, subject: cert.subject, serialNumber: cert.serialNumber, notAfter: new Date(cert.validTo) },
          update: { userId: userRow.id },
        });
      }
    }
    for (const account of contract.accounts) {
      await seedAccount(db, institutionId, row.id, contract.holderName, contract.holderNameKana, account);
    }
  }
  return demoContracts.length;
}

async function seedOperators(db: TDb, institutionIds: Map<string, string>) {
  for (const op of demoOperators) {
    const existing = await db.operator.findUnique({ where: { loginId: op.loginId } });
    if (existing) continue;
    await db.operator.create({
      data: {
        loginId: op.loginId, name: op.name, passwordHash: await hashSecret(op.password), allInstitutions: op.institutions === "all",
        institutions: op.institutions === "all" ? undefined : { create: op.institutions.map((slug) => ({ institutionId: institutionIds.get(slug)! })) },
      },
    });
  }
}

async function seedAccount(
  db: TDb, institutionId: string, contractId: string, holderName: string, holderNameKana: string,
  account: (typeof demoContracts)[number]["accounts"][number],
) {
  const key = { institutionId, branchCode: account.branchCode, accountTypeCode: account.type, accountNumber: account.accountNumber };
  const existing = await db.account.findUnique({ where: { institutionId_branchCode_accountTypeCode_accountNumber: key } });
  if (existing) return;
  const transactions = generateTransactions(account);
  await db.$transaction(async (tx) => {
    const row = await tx.account.create({
      data: {
        ...key, contractId, branchName: account.branchName, accountTypeName: ACCOUNT_TYPE_NAMES[account.type],
        accountName: holderName, accountNameKana: holderNameKana, memo: account.memo ?? "",
        inquiryPinHash: await hashSecret(DEMO_INQUIRY_PIN),
        pinRegisteredAt: account.pinRegistered ? new Date() : null,
        balance: transactions.at(-1)?.balance ?? BigInt(account.openingBalance),
      },
    });
    await tx.transaction.createMany({ data: transactions.map((t) => ({ ...t, accountId: row.id })) });
  });
}

async function seedDemoClients(db: TDb, institutionIds: Map<string, string>) {
  const { publicJwk } = await loadOrCreateDemoAggregatorKey();
  const origin = publicOrigin();
  const redirectUris = [`${origin}/demo/callback`, "http://localhost:3000/demo/callback"];
  const aggregator = await db.aggregator.upsert({
    where: { name: demoAggregatorClient.aggregatorName },
    create: { name: demoAggregatorClient.aggregatorName, registrationNumber: demoAggregatorClient.registrationNumber },
    update: {},
  });
  const existing = await db.client.findUnique({ where: { clientId: demoAggregatorClient.clientId } });
  const known: string[] = existing ? JSON.parse(existing.redirectUris) : [];
  const demo = await db.client.upsert({
    where: { clientId: demoAggregatorClient.clientId },
    create: {
      clientId: demoAggregatorClient.clientId, aggregatorId: aggregator.id, clientName: demoAggregatorClient.clientName,
      serviceDescription: demoAggregatorClient.serviceDescription, redirectUris: JSON.stringify(redirectUris),
      jwks: JSON.stringify({ keys: [publicJwk] }), tokenEndpointAuthMethod: "private_key_jwt", channels: JSON.stringify(["personal", "corporate"]),
    },
    // The key file may be new (a fresh data folder) and the origin may differ (another port).
    update: { jwks: JSON.stringify({ keys: [publicJwk] }), redirectUris: JSON.stringify([...new Set([...known, ...redirectUris])]) },
  });
  const sandbox = await db.client.upsert({
    where: { clientId: sandboxClient.clientId },
    create: {
      clientId: sandboxClient.clientId, aggregatorId: aggregator.id, clientName: sandboxClient.clientName,
      redirectUris: JSON.stringify(["http://localhost:8080/callback", "http://127.0.0.1:8080/callback"]),
      tokenEndpointAuthMethod: "client_secret_basic", clientSecretHash: await hashSecret(sandboxClient.clientSecret),
      sandbox: true, channels: JSON.stringify(["personal", "corporate"]),
    },
    update: {},
  });
  const today = new Date().toISOString().slice(0, 10);
  for (const client of [demo, sandbox]) {
    for (const institutionId of institutionIds.values()) {
      await db.clientInstitution.upsert({
        where: { clientId_institutionId: { clientId: client.id, institutionId } },
        create: { clientId: client.id, institutionId, personalSince: today, corporateSince: today },
        update: {},
      });
    }
  }
}
