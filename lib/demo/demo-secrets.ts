// Every secret the demo publishes (README.md, docs/design.md §7, prisma/seed/): no operator may choose one
// (lib/console/operator-password.ts), and outside the demo none may still open a door
// (lib/demo/demo-credentials-refusal.ts).
import { sandboxClient } from "@/lib/demo/demo-aggregators";
import { DEMO_INQUIRY_PIN, DEMO_TOTP_SECRET, demoContracts, demoOperators } from "@/lib/demo/demo-customers";

export const DEMO_SECRETS: readonly string[] = [...new Set([
  ...demoOperators.map((o) => o.password),
  ...demoContracts.flatMap((c) => c.users.flatMap((u) => [u.password, ...(u.secretQuestion ? [u.secretQuestion.answer] : [])])),
  sandboxClient.clientSecret, DEMO_TOTP_SECRET, DEMO_INQUIRY_PIN,
  "renkei", // the demo certificates' .p12 password (scripts/demo-ca.mjs)
])];
