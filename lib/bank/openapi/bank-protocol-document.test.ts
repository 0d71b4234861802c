// The bank protocol's OpenAPI document: valid OpenAPI 3.1, every operation and every error it may answer, and the file
// in docs/ is exactly what the schemas give today (run `npm run bank-openapi` after changing lib/bank/wire/).
import { readFileSync } from "node:fs";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { WIRE_OPERATIONS } from "@/lib/bank/wire/operations";
import { WIRE_ERRORS } from "@/lib/bank/wire/wire-operation";
import { bankProtocolDocument } from "./bank-protocol-document";

const doc = bankProtocolDocument();
type TOp = { operationId: string; responses: Record<string, { content?: { "application/json": { examples?: Record<string, unknown> } } }> };

describe("the bank protocol's OpenAPI document", () => {
  it("validates as OpenAPI 3.1", async () => {
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("has every operation, each with its 200, every error it declares (with an example) and the unavailable answer", () => {
    for (const op of WIRE_OPERATIONS) {
      const documented = (doc.paths[op.path] as Record<string, TOp>)[op.method.toLowerCase()];
      expect(documented.operationId).toBe(op.operation);
      expect(documented.responses).toHaveProperty("200");
      expect(documented.responses).toHaveProperty("503");
      for (const error of op.errors) expect(documented.responses[String(WIRE_ERRORS[error])].content!["application/json"].examples).toHaveProperty(error);
    }
  });

  it("is current in docs/bank-protocol.openapi.json", () => {
    const file = readFileSync(path.resolve("docs/bank-protocol.openapi.json"), "utf8");
    expect(JSON.parse(file), "run `npm run bank-openapi`").toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
