// The demo aggregator's key is made once in the data folder — in a unit test, the temporary one
// (test/support/unit-setup.ts), never the working tree's .data.
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadOrCreateDemoAggregatorKey } from "./demo-aggregator-key";

describe("the demo aggregator's key", () => {
  it("is made once, under a temporary data folder in unit tests", async () => {
    const dataDir = path.resolve(process.env.RENKEI_DATA_DIR ?? ".data");
    expect(dataDir.startsWith(path.resolve(tmpdir()))).toBe(true);
    const first = await loadOrCreateDemoAggregatorKey();
    expect(existsSync(path.join(dataDir, "demo-aggregator", "private-key.jwk.json"))).toBe(true);
    expect((await loadOrCreateDemoAggregatorKey()).privateJwk).toEqual(first.privateJwk);
    expect(first.publicJwk).not.toHaveProperty("d");
  });
});
