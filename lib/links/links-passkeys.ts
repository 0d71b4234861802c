// What 連携サービスの確認・停止 shows of the signed-in customer's passkeys: the list (even where passkeys were
// turned off since, so that old ones can still be deleted), and whether 「パスキーを登録」 is offered — in a
// channel with passkeys on, after a login with the institution's own factors (not with a passkey).
import "server-only";
import { db } from "@/lib/db";
import type { TInstitution } from "@/lib/institutions/get-institution";
import { listPasskeys, type TPasskeyRow } from "@/lib/passkeys/list-passkeys";
import { passkeysOn } from "@/lib/passkeys/relying-party";
import type { TLinksSession } from "./links-session";

export async function linksPasskeys(institution: TInstitution, session: TLinksSession): Promise<{ shown: boolean; passkeys: TPasskeyRow[]; mayRegister: boolean }> {
  const user = await db.user.findUnique({ where: { id: session.userId }, select: { contract: { select: { channel: true } } } });
  const on = passkeysOn(institution.settings, user?.contract.channel);
  const passkeys = await listPasskeys(session.userId, institution.id);
  return { shown: on || passkeys.length > 0, passkeys, mayRegister: on && !session.passkey && !session.owesAnswer };
}
