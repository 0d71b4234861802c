import { describe, expect, it } from "vitest";
import { MachineRequest } from "./machine-request";

const request = (body: string | null) =>
  new MachineRequest("POST", "http://localhost/minato/token", new Headers({ "content-type": "application/x-www-form-urlencoded" }), body === null ? null : Buffer.from(body));

describe("MachineRequest", () => {
  it("reads its body as UTF-8 text, once, as a Web Request does", async () => {
    const r = request("name=みなと");
    expect(await r.text()).toBe("name=みなと");
    await expect(r.text()).rejects.toThrow(TypeError);
    const web = new Request("http://localhost/", { method: "POST", body: "x" });
    await web.text();
    await expect(web.text()).rejects.toThrow(TypeError);
  });

  it("reads no body as empty text, and JSON as JSON", async () => {
    expect(await request(null).text()).toBe("");
    expect(await request('{"a":[1]}').json()).toEqual({ a: [1] });
    await expect(request("{").json()).rejects.toThrow(SyntaxError);
  });
});
