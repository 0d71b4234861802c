// Runs in the browser before the app's own code (Next's instrumentation-client convention).
// zod compiles object schemas with `new Function` where eval is allowed, and probes for it when a schema
// is built; under the pages' Content-Security-Policy (no 'unsafe-eval', proxy.ts) the probe fails quietly
// but the browser still reports a violation on every form page. Built without JIT, the forms' schemas
// never try. (The server keeps the JIT: it has no CSP.)
import { z } from "zod";

z.config({ jitless: true });
