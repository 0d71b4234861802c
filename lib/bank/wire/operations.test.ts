import { describe, expect, it } from "vitest";
import { z } from "zod";
import { WIRE_OPERATIONS } from "./operations";
import { WIRE_ERRORS, ZWireError, wirePath } from "./wire-operation";

// The OpenAPI document is generated from these schemas (zod's toJSONSchema): each must convert, say what it
// is, and its examples must be valid against it — an example that drifted from its schema is a wrong document.
function examplesOf(schema: z.ZodType): unknown[] {
  return (z.globalRegistry.get(schema)?.examples as unknown[] | undefined) ?? [];
}

describe("the bank protocol's operations (lib/bank/wire)", () => {
  it("names each operation once, on a distinct method and path, with known errors", () => {
    expect(new Set(WIRE_OPERATIONS.map((op) => op.operation)).size).toBe(WIRE_OPERATIONS.length);
    expect(new Set(WIRE_OPERATIONS.map((op) => `${op.method} ${op.path}`)).size).toBe(WIRE_OPERATIONS.length);
    for (const op of WIRE_OPERATIONS) {
      expect(op.path, op.operation).toMatch(/^\/v1\//);
      expect(op.request === null, op.operation).toBe(op.method === "GET");
      for (const code of op.errors) expect(WIRE_ERRORS[code], `${op.operation} ${code}`).toBeGreaterThanOrEqual(400);
    }
  });

  it("converts every request and answer to JSON Schema, and every example parses with its schema", () => {
    for (const op of WIRE_OPERATIONS) {
      for (const schema of [op.request, op.answer].filter((s): s is z.ZodType => s !== null)) {
        expect(() => z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any" }), op.operation).not.toThrow();
        for (const example of examplesOf(schema)) expect(schema.safeParse(example).success, `${op.operation} example`).toBe(true);
      }
    }
    for (const example of examplesOf(ZWireError)) expect(ZWireError.safeParse(example).success).toBe(true);
  });

  it("fills a path's parameters URL-encoded and refuses a missing one", () => {
    const checkPin = WIRE_OPERATIONS.find((op) => op.operation === "checkPin")!;
    expect(wirePath(checkPin, { customerRef: "c/1", accountRef: "a 2" })).toBe("/v1/customers/c%2F1/accounts/a%202/pin/check");
    expect(() => wirePath(checkPin, { customerRef: "c1" })).toThrow(/accountRef/);
  });
});
