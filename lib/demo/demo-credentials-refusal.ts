// Outside the demo (lib/config/demo-data-wanted.ts), the server refuses to start while a published demo
// credential still opens a door (docs/security-habits.md: "A production start refuses known demo secrets"). Each is
// checked against its stored hash, so a renamed demo row is found and a changed password is not:
//   - every operator, against the demo operators' passwords (an operator's password is the console)
//   - the demo customers (by institution, contract and login ID), against their demo passwords
//   - the demo clients with a secret (renkei-sandbox), against the demo secret
// Returns the message to print, naming each and how to end it, or null when there is none.
import "server-only";
import { db } from "@/lib/db";
import { verifySecret } from "@/lib/crypto/password";
import { sandboxClient } from "@/lib/demo/demo-aggregators";
import { demoContracts, demoOperators } from "@/lib/demo/demo-customers";

export async function demoCredentialsRefusal(): Promise<string | null> {
  const found: string[] = [];
  const operatorPasswords = [...new Set(demoOperators.map((o) => o.password))];
  for (const operator of await db.operator.findMany({ select: { loginId: true, passwordHash: true }, orderBy: { loginId: "asc" } })) {
    for (const password of operatorPasswords) {
      if (await verifySecret(password, operator.passwordHash)) {
        found.push(`operator "${operator.loginId}" has the demo password: change it with\n      printf '%s' "$NEW_PASSWORD" | npm run renkei -- operator password --login ${operator.loginId}`);
      }
    }
  }
  let demoData = false;
  for (const contract of demoContracts) {
    for (const user of contract.users) {
      const row = await db.user.findFirst({
        where: { loginId: user.loginId, contract: { contractNumber: contract.contractNumber, institution: { slug: contract.institution } } },
        select: { passwordHash: true },
      });
      if (row && (await verifySecret(user.password, row.passwordHash))) {
        found.push(`demo customer "${user.loginId}" at ${contract.institution} has its published password`);
        demoData = true;
      }
    }
  }
  const sandbox = await db.client.findUnique({ where: { clientId: sandboxClient.clientId }, select: { clientSecretHash: true } });
  if (sandbox && (await verifySecret(sandboxClient.clientSecret, sandbox.clientSecretHash))) {
    found.push(`demo client "${sandboxClient.clientId}" has its published secret`);
    demoData = true;
  }
  if (!found.length) return null;
  return [
    "Renkei will not start: this database holds credentials the demo publishes, and this start is not the demo",
    "(DATABASE_URL is not the embedded demo database and RENKEI_DEMO is not 1):",
    ...found.map((line) => `  - ${line}`),
    ...(demoData ? ["The demo customers and clients came from the demo seed; remove them with: npm run renkei -- demo remove"] : []),
    "To serve this database as a demo instead, start it with RENKEI_DEMO=1.",
  ].join("\n");
}
