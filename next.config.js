// @ts-check

// Security headers on every response (issue 7). The consent pages post to server actions that answer
// with a 303 to the aggregator's redirect_uri, so `form-action` is left open: Chromium applies it to
// redirects after a form post. The designers' preview gallery frames its own screens, so /preview
// allows framing by this origin; everything else refuses to be framed (clickjacking on a consent page).
const csp = (frameAncestors) =>
  [
    "default-src 'self'",
    // Next's inline bootstrap scripts need 'unsafe-inline' without per-request nonces.
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");

// The machine endpoints (lib/endpoints/machine-paths.json) answer with their own headers, on both
// mounts alike (lib/http/machine-security-headers.ts): these page headers are not theirs.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS (Next loads it so)
const machinePaths = require("./lib/endpoints/machine-paths.json");
const notMachine = machinePaths.map((p) => p.slice(1).replace(/:[A-Za-z]+/g, "[^/]+").replace(/\./g, "\\.")).join("|");

const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // A code or token must never leak to another site through the Referer header. Not no-referrer:
  // with it Chromium sends "Origin: null" on same-origin form posts, and the server actions' origin
  // check (their CSRF defence) then refuses every form submitted without JavaScript.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder per parallel worker (tests, helpers) keeps builds from overwriting each other.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "pg", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg"],
  typescript: { ignoreBuildErrors: true }, // `npm run typecheck` runs tsc once; the build need not repeat it
  async headers() {
    const deny = [...common, { key: "Content-Security-Policy", value: csp("'none'") }, { key: "X-Frame-Options", value: "DENY" }];
    const sameOrigin = [...common, { key: "Content-Security-Policy", value: csp("'self'") }, { key: "X-Frame-Options", value: "SAMEORIGIN" }];
    return [
      { source: "/", headers: deny },
      { source: `/:path((?!preview(?:/|$))(?!(?:${notMachine})$).*)`, headers: deny },
      { source: "/preview", headers: sameOrigin },
      { source: "/preview/:path*", headers: sameOrigin },
    ];
  },
};

module.exports = nextConfig;
