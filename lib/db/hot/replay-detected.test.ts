// A commit's ReplayDetected is recognised whichever bundle's copy of the class made it (lib/db/hot/hot-queries.ts).
import { describe, expect, it } from "vitest";
import { ReplayDetected, WriteRaced } from "./hot-queries";

describe("ReplayDetected", () => {
  it("is recognised by its brand, also when another copy of the class threw it", () => {
    const record = { key: "k", kind: "otp" as const, expiresAt: new Date() };
    const otherCopy = Object.assign(new Error("single-use otp record already used"), { [Symbol.for("renkei.ReplayDetected")]: true, record });
    expect(new ReplayDetected(record) instanceof ReplayDetected).toBe(true);
    expect(otherCopy instanceof ReplayDetected).toBe(true);
    expect(new Error("other") instanceof ReplayDetected).toBe(false);
    expect((null as unknown as object) instanceof ReplayDetected).toBe(false);
  });

  it("WriteRaced is recognised the same way", () => {
    const write = { kind: "rotateRefreshToken" as const, tokenHash: "h", at: new Date() };
    const otherCopy = Object.assign(new Error("conditional rotateRefreshToken found its row changed"), { [Symbol.for("renkei.WriteRaced")]: true, write });
    expect(new WriteRaced(write) instanceof WriteRaced).toBe(true);
    expect(otherCopy instanceof WriteRaced).toBe(true);
    expect(new ReplayDetected({ key: "k", kind: "otp", expiresAt: new Date() }) instanceof WriteRaced).toBe(false);
  });
});
