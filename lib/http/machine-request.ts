// What a machine endpoint reads of its request (lib/endpoints/define-endpoint.ts): the method, the URL,
// the headers and the body, read once as text or JSON. The Next mount passes its Web Request, which has
// all of these; the production server's lean path (lib/endpoints/serve-machine-request.ts) passes a
// MachineRequest made straight from node:http's request, which costs a fraction of a Web Request to
// make and to read. The type is the contract: a handler that reaches for more does not compile.
export type TMachineRequest = Pick<Request, "method" | "url" | "headers" | "text" | "json">;

/** A request whose body was read whole before the handler runs. */
export class MachineRequest implements TMachineRequest {
  private used = false;

  constructor(
    readonly method: string,
    readonly url: string,
    readonly headers: Headers,
    private readonly body: Buffer | null,
  ) {}

  /** The body as UTF-8 text; like a Web Request's, it can be read once. */
  async text(): Promise<string> {
    if (this.used) throw new TypeError("Body is unusable: Body has already been read");
    this.used = true;
    return this.body === null ? "" : this.body.toString("utf8");
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}
