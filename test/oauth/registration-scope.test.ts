// RFC 7591 registration writes only what its door is scoped to (docs/security-habits.md, "one tenant writing another's
// data"): an initial access token — for one institution or for all — lets an aggregator register its own
// client, never change an aggregator's 登録番号, which every institution's consent and links pages show.
// And a client is registered only for channels the institution offers (kita: 法人 only), so that it
// cannot be accepted here and refused at PAR.
import { exportJWK, generateKeyPair } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashToken, randomToken } from "@/lib/crypto/hash-token";
import { issuerOf } from "./raw-client";
import { newAggregator } from "../support/new-aggregator";

const ENV_TOKEN = "test-initial-access-token";

async function metadata(overrides: Record<string, unknown> = {}) {
  const { publicKey } = await generateKeyPair("ES256");
  return {
    client_name: "登録範囲テスト", ...newAggregator("範囲テスト株式会社"),
    redirect_uris: ["https://scope.example/cb"], token_endpoint_auth_method: "private_key_jwt", jwks: { keys: [{ ...(await exportJWK(publicKey)), kid: "k1" }] },
    ...overrides,
  };
}

async function register(slug: string, body: unknown, token = ENV_TOKEN) {
  const res = await fetch(`${issuerOf(slug)}/oauth/register`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const numberOf = async (name: string) => (await db.aggregator.findUniqueOrThrow({ where: { name }, select: { registrationNumber: true } })).registrationNumber;

describe("an aggregator's 登録番号 through RFC 7591 registration", () => {
  let minatoToken: string;

  beforeAll(async () => {
    const minato = await db.institution.findUniqueOrThrow({ where: { slug: "minato" }, select: { id: true } });
    minatoToken = randomToken();
    await db.initialAccessToken.create({
      data: { tokenHash: hashToken(minatoToken), label: "registration-scope", institutionId: minato.id, createdBy: "test", aggregatorName: "freee株式会社", aggregatorRegistrationNumber: "関東財務局長（電代）第6号" },
    });
  });

  it.each([
    ["an initial access token of one institution, issued for freee株式会社", "minato-token",
      "aggregator_registration_number: this initial access token was issued for freee株式会社 (関東財務局長（電代）第6号); it registers clients of that aggregator only"],
    ["the initial access token of every institution, bound to no aggregator", "env-token",
      "aggregator_name: freee株式会社 is already registered; register its clients with an initial access token the bank issued for it"],
  ])("is never rewritten with %s: a different number is invalid_client_metadata naming the conflict", async (_name, which, description) => {
    const token = which === "env-token" ? ENV_TOKEN : minatoToken;
    const body = await metadata({ client_name: `なりすまし-${which}`, aggregator_name: "freee株式会社", aggregator_registration_number: "関東財務局長（電代）第9999号" });
    const res = await register("minato", body, token);
    expect(res).toEqual({ status: 400, body: { error: "invalid_client_metadata", error_description: description } });
    expect(await numberOf("freee株式会社")).toBe("関東財務局長（電代）第6号");
    expect(await db.client.count({ where: { clientName: `なりすまし-${which}` } })).toBe(0);
  });

  it("registers a client of a known aggregator through a token issued for it, under that aggregator", async () => {
    const res = await register("minato", await metadata({ client_name: "freee 追加クライアント", aggregator_name: "freee株式会社", aggregator_registration_number: "関東財務局長（電代）第6号" }), minatoToken);
    expect(res.status).toBe(201);
    const client = await db.client.findUniqueOrThrow({ where: { clientId: String(res.body.client_id) }, select: { aggregator: { select: { name: true, registrationNumber: true } } } });
    expect(client.aggregator).toEqual({ name: "freee株式会社", registrationNumber: "関東財務局長（電代）第6号" });
    expect(await db.aggregator.count({ where: { name: "freee株式会社" } })).toBe(1);
  });

  it("creates an aggregator not yet known, with its number", async () => {
    const body = await metadata();
    expect((await register("sakura", body)).status).toBe(201);
    expect(await numberOf(body.aggregator_name)).toBe(body.aggregator_registration_number);
  });
});

describe("channels at registration", () => {
  it.each([
    ["personal at kita, which offers 法人 only", "kita", ["personal"]],
    ["both channels at kita", "kita", ["personal", "corporate"]],
  ])("refuses %s with invalid_client_metadata, and writes nothing", async (_name, slug, channels) => {
    const body = await metadata({ channels });
    const res = await register(slug, body);
    expect(res).toEqual({ status: 400, body: { error: "invalid_client_metadata", error_description: "channels: kita does not offer the personal channel (it offers corporate)" } });
    expect(await db.aggregator.count({ where: { name: body.aggregator_name } })).toBe(0);
  });

  it("registers at kita for corporate, and without channels for the channels the institution offers", async () => {
    for (const [channels, expected] of [[["corporate"], ["corporate"]], [undefined, ["corporate"]]] as const) {
      const res = await register("kita", await metadata(channels ? { channels } : {}));
      expect(res.status).toBe(201);
      expect(res.body.channels).toEqual(expected);
      const row = await db.client.findUniqueOrThrow({ where: { clientId: String(res.body.client_id) }, include: { institutions: true } });
      expect(JSON.parse(row.channels)).toEqual(expected);
      expect(row.institutions).toEqual([expect.objectContaining({ personalSince: null, corporateSince: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })]);
    }
    const both = await register("sakura", await metadata());
    expect(both.body.channels).toEqual(["personal", "corporate"]);
  });
});
