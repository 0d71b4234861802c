// The OpenAPI document is a valid OpenAPI 3.1 document (@readme/openapi-parser), every security scheme
// it cites is defined, registration has its request body with every field described, and every example
// is what the API itself accepts or answers (the same zod schemas).
import { validate } from "@readme/openapi-parser";
import { describe, expect, it } from "vitest";
import { ZClientMetadataSchema } from "@/lib/oauth/registration/client-metadata";
import { ZTokenRequestSchema } from "@/lib/oauth/token/token-request";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { openApiDocument } from "./openapi";
import { OAUTH_ERROR_CODES } from "./oauth-error-codes";
import { ZAccountsResponse, ZApiErrorResponse, ZBalancesResponse, ZOAuthError, ZTokenResponse, ZTransactionsResponse } from "./schemas";
import * as ex from "./openapi-examples";

type TOperation = { security?: Record<string, string[]>[]; requestBody?: { content: Record<string, { schema: unknown; examples?: Record<string, { value: unknown }> }> }; responses: Record<string, { description: string }> };
const doc = openApiDocument("http://localhost:3000");
const operations = () => Object.entries(doc.paths).flatMap(([p, item]) => Object.entries(item as Record<string, TOperation>).filter(([m]) => ["get", "post", "delete"].includes(m)).map(([m, op]) => ({ name: `${m} ${p}`, op })));

describe("the OpenAPI document", () => {
  it("validates as OpenAPI 3.1", async () => {
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("tells a client of the API how long to wait when the bank's systems are unavailable (503 with Retry-After)", () => {
    const unavailable = (doc.paths["/api/v1/accounts/balances"].get.responses as Record<string, { headers?: Record<string, unknown>; description: string }>)["503"];
    expect(unavailable.description).toContain("service_unavailable");
    expect(unavailable.headers).toHaveProperty("Retry-After");
  });

  it("defines every security scheme an operation cites", () => {
    const defined = Object.keys(doc.components.securitySchemes);
    for (const { name, op } of operations()) for (const requirement of op.security ?? []) for (const scheme of Object.keys(requirement)) expect(defined, `${name} cites ${scheme}`).toContain(scheme);
  });

  it("gives /oauth/register its request body, every field described, and Renkei's own fields named", () => {
    const body = doc.paths["/oauth/register"].post.requestBody.content["application/json"];
    expect(body.schema).toEqual({ $ref: "#/components/schemas/ClientRegistrationRequest" });
    const request = doc.components.schemas.ClientRegistrationRequest as unknown as { properties: Record<string, { description?: string }>; required: string[] };
    for (const field of ["aggregator_name", "aggregator_registration_number", "channels", "redirect_uris", "jwks"]) expect(Object.keys(request.properties)).toContain(field);
    expect(request.required).toEqual(expect.arrayContaining(["aggregator_name", "aggregator_registration_number"]));
    for (const [name, property] of Object.entries(request.properties)) expect(property.description, name).toBeTruthy();
    // the fields the endpoint accepts are the fields the document names, no more, no fewer
    expect(Object.keys(request.properties).sort()).toEqual(Object.keys(ZClientMetadataSchema.shape ?? {}).sort());
  });

  it("describes every response field, parameter and form field (no empty 説明 on /docs)", () => {
    const walk = (schema: Record<string, unknown>, where: string) => {
      for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        expect(property.description, `${where}.${name}`).toBeTruthy();
        if (property.items && (property.items as Record<string, unknown>).properties) walk(property.items as Record<string, unknown>, `${where}.${name}[]`);
      }
    };
    for (const [name, schema] of Object.entries(doc.components.schemas)) walk(schema as Record<string, unknown>, name);
    for (const { name, op } of operations()) {
      for (const p of ((op as { parameters?: { name: string; description?: string }[] }).parameters ?? [])) expect(p.description, `${name} ${p.name}`).toBeTruthy();
      const formBody = op.requestBody?.content["application/x-www-form-urlencoded"];
      if (formBody) walk(formBody.schema as Record<string, unknown>, name);
    }
  });

  it("has examples that the API itself accepts and answers", () => {
    for (const example of [ex.registrationExample, ex.registrationTlsExample]) expect(ZClientMetadataSchema.safeParse(example).error).toBeUndefined();
    for (const example of [ex.tokenCodeExample, ex.tokenRefreshExample]) expect(ZTokenRequestSchema.safeParse(example).error).toBeUndefined();
    ZAccountsResponse.parse(ex.accountsResponseExample);
    ZBalancesResponse.parse(ex.balancesResponseExample);
    ZTransactionsResponse.parse(ex.transactionsResponseExample);
    ZTokenResponse.parse(ex.tokenResponseExample);
    ZApiErrorResponse.parse(ex.apiErrorExample);
    ZOAuthError.parse(ex.oauthErrorExample);
    // the PAR and token examples are one flow: the same redirect_uri and a matching PKCE pair
    expect(ex.parExample.redirect_uri).toBe(ex.registrationExample.redirect_uris[0]);
    expect(ex.tokenCodeExample.redirect_uri).toBe(ex.parExample.redirect_uri);
    expect(createHash("sha256").update(ex.tokenCodeExample.code_verifier).digest("base64url")).toBe(ex.parExample.code_challenge);
  });

  it("documents every OAuth error code the server writes", () => {
    const endpoints = path.resolve(__dirname, "../endpoints");
    const files = [path.resolve(__dirname, "../oauth/errors/oauth-errors.ts"), ...readdirSync(endpoints).filter((f) => f.endsWith(".ts")).map((f) => path.join(endpoints, f))];
    const written = files.flatMap((f) => [...readFileSync(f, "utf8").matchAll(/super\("([a-z_]+)"/g)].map((m) => m[1]!)).concat("server_error");
    expect(written).toContain("temporarily_unavailable");
    for (const code of written) expect(Object.keys(OAUTH_ERROR_CODES), code).toContain(code);
    for (const code of ["invalid_client", "use_dpop_nonce", "invalid_dpop_proof"]) expect(OAUTH_ERROR_CODES[code]).toBeDefined();
  });
});
