// A JSON answer that keeps its serialized text beside it, so that the production server's lean path
// (lib/endpoints/serve-machine-request.ts) writes that text instead of reading the Response's body
// stream back. To everyone else it is the Response that Response.json() makes.
//
// Its body stream is made only when someone reads it (the Next mount, a test): a Response made with a string
// body builds a ReadableStream at once (undici's extractBody), about 4 % of an introspection's time on the lean
// path, which never reads it. Every way to read the body goes through the one Response made from the text.

class JsonResponse extends Response {
  #full?: Response;

  constructor(readonly jsonText: string, init: ResponseInit) {
    super(null, init);
  }

  /** The Response with the text as its body, made at the first read. */
  #read(): Response {
    return (this.#full ??= new Response(this.jsonText, { status: this.status, statusText: this.statusText, headers: this.headers }));
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.#read().body;
  }

  override get bodyUsed(): boolean {
    return this.#full?.bodyUsed ?? false;
  }

  override text(): Promise<string> {
    return this.#read().text();
  }

  override json(): Promise<unknown> {
    return this.#read().json();
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return this.#read().arrayBuffer();
  }

  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#read().bytes();
  }

  override blob(): Promise<Blob> {
    return this.#read().blob();
  }

  override formData(): Promise<FormData> {
    return this.#read().formData();
  }

  override clone(): Response {
    if (this.bodyUsed) return this.#read().clone(); // throws as any used Response does
    return new JsonResponse(this.jsonText, { status: this.status, statusText: this.statusText, headers: this.headers });
  }
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  return new JsonResponse(JSON.stringify(body), { ...init, headers });
}

/** The text of a jsonResponse(); undefined for any other Response. */
export function jsonResponseText(response: Response): string | undefined {
  return response instanceof JsonResponse ? response.jsonText : undefined;
}
