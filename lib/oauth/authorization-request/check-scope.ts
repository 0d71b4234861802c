// RFC 6749 §3.3: scope is a non-empty list of known scopes (docs/design.md §3: balances, transactions), each
// one the client registered for.
import { SCOPES, type TScope } from "./authorization-params";
import { InvalidScope } from "@/lib/oauth/errors/oauth-errors";
import type { TAuthorizationCheck } from "./context";

export const checkScope: TAuthorizationCheck = ({ form, client, params }) => {
  const requested = (form.scope ?? "").split(" ").filter(Boolean);
  if (requested.length === 0) throw new InvalidScope("missing scope: ask for balances and/or transactions");
  for (const scope of requested) {
    if (!(SCOPES as readonly string[]).includes(scope)) throw new InvalidScope(`unknown scope ${scope}`);
    if (!client.scope.includes(scope)) throw new InvalidScope(`the client may not ask for ${scope}`);
  }
  params.scopes = requested as TScope[];
};
