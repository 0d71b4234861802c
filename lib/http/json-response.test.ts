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

  it("reads like any Response however its body is read, once", async () => {
    const made = () => jsonResponse({ a: "あ" }, { status: 201, headers: { "x-k": "v" } });
    const one = made();
    expect(one.bodyUsed).toBe(false);
    expect(await new Response(one.body).text()).toBe('{"a":"あ"}');
    expect(one.bodyUsed).toBe(true);
    await expect(one.text()).rejects.toThrow();
    expect(await made().json()).toEqual({ a: "あ" });
    expect(new TextDecoder().decode(await made().arrayBuffer())).toBe('{"a":"あ"}');
    const original = made();
    const copy = original.clone();
    expect([copy.status, copy.headers.get("x-k"), await copy.text(), await original.text()]).toEqual([201, "v", '{"a":"あ"}', '{"a":"あ"}']);
    expect(() => original.clone()).toThrow();
    expect(made()).toBeInstanceOf(Response);
  });

  it("keeps a content type it was given, and knows no text for another Response", () => {
    expect(jsonResponse({}, { headers: { "content-type": "application/problem+json" } }).headers.get("content-type")).toBe("application/problem+json");
    expect(jsonResponseText(new Response("{}"))).toBeUndefined();
  });
});
