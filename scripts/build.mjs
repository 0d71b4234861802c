// `npm run build`: the production build — Next, then the machine endpoints' bundle (scripts/build-machine.mjs).
import { ensureAuthSecret, ensureBuild } from "./lib/setup.mjs";

await ensureBuild({ ...process.env, NODE_ENV: "production", AUTH_SECRET: ensureAuthSecret() }, { force: true });
