// Who did what to whom, for a page of audit entries, in the names an operator knows: a customer by
// 契約者ID and name (not the internal user id the log stores), an aggregator by its company and service,
// an operator by name and login ID, a link by its service and customer. One query per kind for the page.
import "server-only";
import { db } from "@/lib/db";

export type TAuditParty = { kind: string; name: string; detail?: string };
type TRow = { actorType: string; actorId: string | null; targetType: string | null; targetId: string | null };

const TARGET_KINDS: Record<string, string> = { aggregator: "連携先（会社）", test: "テスト" };
const ACTOR_KINDS: Record<string, string> = { customer: "お客さま", aggregator: "連携先", operator: "運用担当者", system: "システム" };

export async function describeAuditParties(rows: TRow[]): Promise<{ actor: TAuditParty; target: TAuditParty | null }[]> {
  const ids = (pick: (r: TRow) => string | null | false) => [...new Set(rows.map(pick).filter((v): v is string => Boolean(v)))];
  const userIds = ids((r) => (r.actorType === "customer" && r.actorId) || null).concat(ids((r) => r.targetType === "user" && r.targetId));
  const clientIds = ids((r) => r.actorType === "aggregator" && r.actorId).concat(ids((r) => r.targetType === "client" && r.targetId));
  const grantIds = ids((r) => r.targetType === "grant" && r.targetId);
  const operatorLogins = ids((r) => r.actorType === "operator" && r.actorId);
  // an operator as a target is stored by its row id (created, password changed, signed in)
  const operatorIds = ids((r) => r.targetType === "operator" && r.targetId);
  const tokenIds = ids((r) => r.targetType === "initial-access-token" && r.targetId);
  const slugs = ids((r) => r.targetType === "institution" && r.targetId);

  const [users, clients, grants, operators, tokens, institutions] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, loginId: true, displayName: true, contract: { select: { contractNumber: true, holderName: true } } } }),
    db.client.findMany({ where: { clientId: { in: clientIds } }, select: { clientId: true, clientName: true, aggregator: { select: { name: true } } } }),
    db.grant.findMany({ where: { id: { in: grantIds } }, select: { id: true, client: { select: { clientName: true } }, user: { select: { loginId: true, contract: { select: { contractNumber: true, holderName: true } } } } } }),
    db.operator.findMany({ where: { OR: [{ loginId: { in: operatorLogins } }, { id: { in: operatorIds } }] }, select: { id: true, loginId: true, name: true } }),
    db.initialAccessToken.findMany({ where: { id: { in: tokenIds } }, select: { id: true, label: true } }),
    db.institution.findMany({ where: { slug: { in: slugs } }, select: { slug: true, name: true } }),
  ]);

  const customer = (c: { loginId: string; contract: { contractNumber: string; holderName: string } }) =>
    `契約者ID ${c.contract.contractNumber}${c.loginId !== c.contract.contractNumber ? `（利用者 ${c.loginId}）` : ""}`;
  const userOf = new Map(users.map((u) => [u.id, { kind: "お客さま", name: u.contract.holderName === u.displayName ? u.displayName : `${u.contract.holderName} ${u.displayName}`, detail: customer(u) }]));
  const clientOf = new Map(clients.map((c) => [c.clientId, { kind: "連携先", name: `${c.aggregator.name}（${c.clientName}）`, detail: c.clientId }]));
  const grantOf = new Map(grants.map((g) => [g.id, { kind: "連携", name: `${g.client.clientName} ／ ${g.user.contract.holderName}`, detail: customer(g.user) }]));
  const operatorParty = (o: { loginId: string; name: string }) => ({ kind: "運用担当者", name: o.name, detail: `ログインID ${o.loginId}` });
  const operatorOf = new Map(operators.map((o) => [o.loginId, operatorParty(o)]));
  const operatorById = new Map(operators.map((o) => [o.id, operatorParty(o)]));
  const tokenOf = new Map(tokens.map((t) => [t.id, { kind: "初期アクセストークン", name: t.label || "（ラベルなし）" }]));
  const institutionOf = new Map(institutions.map((i) => [i.slug, { kind: "金融機関", name: i.name }]));

  const unknown = (kind: string, id: string | null): TAuditParty => ({ kind, name: id ? "（削除済みまたは不明）" : "—", detail: id ?? undefined });
  const actorOf = (r: TRow): TAuditParty => {
    const kind = ACTOR_KINDS[r.actorType] ?? r.actorType;
    if (!r.actorId) return { kind, name: r.actorType === "system" ? "Renkei" : "—" };
    if (r.actorType === "customer") return userOf.get(r.actorId) ?? unknown(kind, r.actorId);
    if (r.actorType === "aggregator") return clientOf.get(r.actorId) ?? unknown(kind, r.actorId);
    // a failed sign-in names a login ID that may not exist: show what was typed
    if (r.actorType === "operator") return operatorOf.get(r.actorId) ?? { kind, name: "（登録のないログインID）", detail: `ログインID ${r.actorId}` };
    return { kind, name: r.actorId };
  };
  const targetOf = (r: TRow): TAuditParty | null => {
    if (!r.targetType) return null;
    const id = r.targetId;
    switch (r.targetType) {
      case "user": return (id && userOf.get(id)) || unknown("お客さま", id);
      case "client": return (id && clientOf.get(id)) || unknown("クライアント", id);
      case "grant": return (id && grantOf.get(id)) || unknown("連携", id);
      case "initial-access-token": return (id && tokenOf.get(id)) || unknown("初期アクセストークン", id);
      case "institution": return (id && institutionOf.get(id)) || unknown("金融機関", id);
      case "interaction": return { kind: "手続き", name: id ? `手続き番号 ${id}…` : "—" };
      // a sign-in to an ID that names nobody has no target id: the login ID as typed, as for its actor
      case "operator": return id ? operatorById.get(id) ?? unknown("運用担当者", id) : actorOf(r);
      case "contract": return { kind: "契約", name: id ? `契約者ID ${id}` : "—" };
      default: return { kind: TARGET_KINDS[r.targetType] ?? r.targetType, name: id ?? "—" };
    }
  };
  return rows.map((r) => ({ actor: actorOf(r), target: targetOf(r) }));
}
