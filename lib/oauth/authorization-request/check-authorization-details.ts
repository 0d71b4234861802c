// RFC 9396 §2: authorization_details, when sent, is a JSON list of objects of a type this server knows —
// here only account_information — and otherwise invalid_authorization_details (§5).
import { z } from "zod";
import { InvalidAuthorizationDetails } from "@/lib/oauth/errors/oauth-errors";
import type { TAuthorizationCheck } from "./context";

const ZAuthorizationDetails = z.array(z.object({ type: z.literal("account_information") }).passthrough()).min(1).max(10);

export const checkAuthorizationDetails: TAuthorizationCheck = ({ form, params }) => {
  if (form.authorization_details === undefined) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(form.authorization_details);
  } catch {
    throw new InvalidAuthorizationDetails("authorization_details is not JSON");
  }
  const result = ZAuthorizationDetails.safeParse(parsed);
  if (!result.success) throw new InvalidAuthorizationDetails("authorization_details must be a list of account_information objects");
  params.authorizationDetails = result.data;
};
