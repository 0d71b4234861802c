import { describe, expect, it } from "vitest";
import { jsonResponse, jsonResponseText } from "./json-response";

describe("jsonResponse", () => {
  it("is the Response that Response.json makes, and keeps the text it was made of", async () => {
    const body = { error: "invalid_request", error_description: "パラメータ" };
    const ours = jsonResponse(body, { status: 400, headers: { "cache-control": "no-store" } });
    const theirs = Response.json(body, { status: 400, headers: { "cache-control": "no-store" } });
    expect(ours.status).toBe(theirs.status);
    expect([...ours.headers]).toEqual([...theirs.headers]);
    expect(jsonResponseText(ours)).toBe(await theirs.text());
    expect(await ours.text()).toBe(jsonResponseText(ours));
  });

  it("keeps a content type it was given, and knows no text for another Response", () => {
    expect(jsonResponse({}, { headers: { "content-type": "application/problem+json" } }).headers.get("content-type")).toBe("application/problem+json");
    expect(jsonResponseText(new Response("{}"))).toBeUndefined();
  });
});
