// What test/global-setup.ts provides to every test file (read with `inject("baseUrl")`).
import "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    tlsUrl: string;
  }
}
