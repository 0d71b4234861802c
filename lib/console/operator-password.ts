// What an operator's password must be: long enough to resist guessing at the console's lockout
// (lib/console/authenticate-operator.ts), and none of the demo's published secrets (lib/demo/demo-secrets.ts),
// which a production start would refuse (lib/demo/demo-credentials-refusal.ts).
import { z } from "zod";
import { DEMO_SECRETS } from "@/lib/demo/demo-secrets";

export const ZOperatorPasswordSchema = z
  .string()
  .min(12, "the password must be at least 12 characters")
  .max(200, "the password must be at most 200 characters")
  .refine((p) => !DEMO_SECRETS.some((s) => s.normalize("NFKC") === p.normalize("NFKC")), "the password is one the demo publishes; choose another");
