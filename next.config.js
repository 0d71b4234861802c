// @ts-check

// The machine endpoints (lib/routes/machine-routes.json, their one list) answer with their own headers, on both
// mounts alike (lib/http/machine-security-headers.ts): these page headers are not theirs.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS (Next loads it so)
const machineRoutes = require("./lib/routes/machine-routes.json");
const notMachine = machineRoutes.map((/** @type {{ path: string }} */ r) => r.path.slice(1).replace(/:[A-Za-z]+/g, "[^/]+").replace(/\./g, "\\.")).join("|");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per parallel worker (tests, helpers) keeps builds from overwriting each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  typescript: { ignoreBuildErrors: true }, // `npm run typecheck` runs tsc once; the build need not repeat it
  // The security headers of every page and file Next serves (lib/http/security-headers.mjs, the one
  // definition). The pages' Content-Security-Policy is not here: it carries a nonce made per request (proxy.ts).
  async headers() {
    const { COMMON_SECURITY_HEADERS, frameOptions } = await import("./lib/http/security-headers.mjs");
    /** @param {string} pathname */
    const headers = (pathname) => [
      ...Object.entries(COMMON_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      { key: "x-frame-options", value: frameOptions(pathname) },
    ];
    return [
      { source: "/", headers: headers("/") },
      { source: `/:path((?!preview(?:/|$))(?!(?:${notMachine})$).*)`, headers: headers("/") },
      { source: "/preview", headers: headers("/preview") },
      { source: "/preview/:path*", headers: headers("/preview") },
    ];
  },
};

module.exports = nextConfig;
