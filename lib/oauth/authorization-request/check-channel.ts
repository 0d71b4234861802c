// docs/design.md §3: channel (personal | corporate), when given, must be one the client registered for and
// the institution offers; and the client must share at least one channel with the institution, or no
// login screen could be shown.
import { ZChannel } from "@/lib/institutions/settings";
import { InvalidRequest, UnauthorizedClient } from "@/lib/oauth/errors/oauth-errors";
import type { TAuthorizationCheck } from "./context";

export const checkChannel: TAuthorizationCheck = ({ form, client, institution, params }) => {
  if (form.channel !== undefined) {
    const parsed = ZChannel.safeParse(form.channel);
    if (!parsed.success) throw new InvalidRequest("channel must be personal or corporate");
    if (!client.channels.includes(parsed.data)) throw new UnauthorizedClient(`the client is not registered for the ${parsed.data} channel`);
    if (!institution.settings.channels.includes(parsed.data)) throw new InvalidRequest(`this institution has no ${parsed.data} channel`);
    params.channel = parsed.data;
  }
  if (!client.channels.some((c) => institution.settings.channels.includes(c))) {
    throw new UnauthorizedClient("the client's channels are not offered by this institution");
  }
};
