// The risk check behind 追加認証: a browser and a network become known only through a login that passed
// every step it was asked for — never through a right password alone.
import { beforeAll, describe, expect, it } from "vitest";
import { ownDatabase } from "@/test/support/own-database";
import { seedLoginUser } from "@/test/support/seed-login-user";
import { assessRisk } from "./assess-risk";
import { recordAttempt } from "./record-attempt";
import { recordLoginPassed } from "./record-login-passed";

beforeAll(() => ownDatabase({ seed: true }));

describe("assessRisk (追加認証)", () => {
  it("a right password whose 追加認証 was abandoned makes neither the browser nor the network known", async () => {
    const { institution, userId } = await seedLoginUser();
    await recordAttempt({ institutionId: institution.id, userId, factor: "password", success: true, ip: "192.0.2.10", deviceHash: "device-a" });
    await recordAttempt({ institutionId: institution.id, userId, factor: "certificate", success: true, ip: "192.0.2.10", deviceHash: "device-a" });
    expect(await assessRisk({ userId, deviceHash: "device-a", ip: "192.0.2.10" })).toEqual(["new_device", "new_network"]);
  });

  it("a completed login makes its browser and network known, and only those", async () => {
    const { institution, userId } = await seedLoginUser();
    expect(await assessRisk({ userId, deviceHash: "device-a", ip: "192.0.2.10" })).toEqual(["new_device", "new_network"]);
    await recordLoginPassed({ institutionId: institution.id, userId, ip: "192.0.2.10", deviceHash: "device-a", factors: ["password", "answer"] });
    expect(await assessRisk({ userId, deviceHash: "device-a", ip: "192.0.2.99" })).toEqual([]);
    expect(await assessRisk({ userId, deviceHash: "device-b", ip: "192.0.2.99" })).toEqual(["new_device"]);
    expect(await assessRisk({ userId, deviceHash: "device-a", ip: "192.0.3.1" })).toEqual(["new_network"]);
    expect(await assessRisk({ userId, deviceHash: null, ip: "192.0.2.10" })).toEqual(["new_device"]);
  });

  it("counts another user's completed login for nobody else", async () => {
    const first = await seedLoginUser();
    const second = await seedLoginUser();
    await recordLoginPassed({ institutionId: first.institution.id, userId: first.userId, ip: "192.0.2.10", deviceHash: "device-a", factors: ["password"] });
    expect(await assessRisk({ userId: second.userId, deviceHash: "device-a", ip: "192.0.2.10" })).toEqual(["new_device", "new_network"]);
  });

  it("three failed factors in the last day are a reason of their own", async () => {
    const { institution, userId } = await seedLoginUser();
    await recordLoginPassed({ institutionId: institution.id, userId, ip: "192.0.2.10", deviceHash: "device-a", factors: ["password"] });
    for (let i = 0; i < 3; i++) await recordAttempt({ institutionId: institution.id, userId, factor: "password", success: false, ip: "192.0.2.10", deviceHash: "device-a" });
    expect(await assessRisk({ userId, deviceHash: "device-a", ip: "192.0.2.10" })).toEqual(["recent_failures"]);
  });
});
