// The consent screens driven over HTTP the way a browser with JavaScript off drives them: a cookie jar,
// the page's HTML, and its forms posted back with every field they carry (the server action's hidden
// fields included) plus the customer's answers. Real pages of the real server, no shortcut into lib/.
// Each browser may connect from a loopback address of its own (127.0.0.0/8), so that a test's failures
// count against its own client IP and never reach the per-IP cap of the tests beside it.
import { request } from "node:http";
import * as client from "openid-client";
import { registerTestClient } from "../oauth/helpers";

type TResponse = { status: number; headers: Headers; text: string };

/** One HTTP exchange from `localAddress`, to the loopback listener the URL names. */
async function exchange(url: string, init: { method?: string; body?: FormData; cookie: string }, localAddress?: string): Promise<TResponse> {
  const target = new URL(url);
  const encoded = init.body ? new Request(url, { method: "POST", body: init.body }) : null;
  const payload = encoded ? Buffer.from(await encoded.arrayBuffer()) : undefined;
  const headers: Record<string, string> = { host: target.host, cookie: init.cookie };
  // a browser's form post names its origin (Next checks it against the host for server actions)
  if (encoded) Object.assign(headers, { origin: target.origin, "content-type": encoded.headers.get("content-type")!, "content-length": String(payload!.length) });
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: target.port, path: target.pathname + target.search, method: init.method ?? "GET", headers, localAddress }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const out = new Headers();
        for (const [name, value] of Object.entries(res.headers)) for (const v of [value ?? []].flat()) out.append(name, String(v));
        resolve({ status: res.statusCode ?? 0, headers: out, text: Buffer.concat(chunks).toString("utf8") });
      });
    });
    req.on("error", reject);
    req.end(payload);
  });
}

export type TScreen = { url: string; status: number; html: string };

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#x27;/g, "'");

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]) : null;
}

export class ConsentBrowser {
  private jar = new Map<string, string>();

  /**
   * `address`: the loopback address this browser connects from (the client IP the server records);
   * `stopAt`: a redirect to a URL starting with it is not followed but returned (the aggregator's callback)
   */
  constructor(readonly address?: string, readonly stopAt?: string) {}

  /** The values of every cookie the server set so far (a test that looks for them elsewhere). */
  cookieValues(): string[] {
    return [...this.jar.values()].filter(Boolean);
  }

  private cookieHeader(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private keep(res: TResponse) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair.indexOf("=");
      this.jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  /** GET, following redirects (each hop with the cookies set so far). */
  async open(url: string): Promise<TScreen> {
    let current = url;
    for (let hop = 0; hop < 10; hop++) {
      const res = await exchange(current, { cookie: this.cookieHeader() }, this.address);
      this.keep(res);
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && location) {
        current = new URL(location, current).toString();
        if (this.stopAt && current.startsWith(this.stopAt)) return { url: current, status: res.status, html: "" };
        continue;
      }
      return { url: current, status: res.status, html: res.text };
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /** The fields of the page's form that has a field named `field`, without JavaScript's help. */
  formWith(screen: TScreen, field: string): { action: string; fields: [string, string][] } {
    const form = (screen.html.match(/<form[\s\S]*?<\/form>/g) ?? []).find((f) => f.includes(` name="${field}"`));
    if (!form) throw new Error(`no form with ${field} on ${screen.url}`);
    const fields: [string, string][] = [];
    for (const input of form.match(/<input[^>]*>/g) ?? []) {
      const name = attribute(input, "name");
      const type = attribute(input, "type");
      if (!name || ((type === "checkbox" || type === "radio") && !/\schecked=""/.test(input))) continue;
      fields.push([name, attribute(input, "value") ?? ""]);
    }
    return { action: new URL(attribute(form, "action") || screen.url, screen.url).toString(), fields };
  }

  /** Posts the form that has `values`' first field, with those values, and follows where it leads. */
  async submit(screen: TScreen, values: Record<string, string>): Promise<TScreen> {
    const { action, fields } = this.formWith(screen, Object.keys(values)[0]);
    const body = new FormData();
    for (const [name, value] of fields) if (!(name in values)) body.append(name, value);
    for (const [name, value] of Object.entries(values)) body.append(name, value);
    const res = await exchange(action, { method: "POST", body, cookie: this.cookieHeader() }, this.address);
    this.keep(res);
    const location = res.headers.get("location");
    if (res.status >= 300 && res.status < 400 && location) {
      const next = new URL(location, action).toString();
      if (this.stopAt && next.startsWith(this.stopAt)) return { url: next, status: res.status, html: "" };
      return this.open(next);
    }
    return { url: action, status: res.status, html: res.text };
  }
}

/** A flow as an aggregator starts it (dynamic registration, PAR with DPoP, PKCE), opened in `browser`. */
export async function openConsentFlow(browser: ConsentBrowser, slug: string, options: { channel?: "personal" | "corporate"; scope?: string } = {}): Promise<TScreen> {
  const { channel = "corporate", scope = "balances" } = options;
  const c = await registerTestClient(slug, { channels: [channel] });
  const url = await client.buildAuthorizationUrlWithPAR(c.config, {
    redirect_uri: c.redirectUri, scope, code_challenge: await client.calculatePKCECodeChallenge(client.randomPKCECodeVerifier()),
    code_challenge_method: "S256", state: client.randomState(),
  }, { DPoP: client.getDPoPHandle(c.config, await client.randomDPoPKeyPair("ES256")) });
  return browser.open(url.toString());
}
