// The architecture check (`npm run lint` runs it after ESLint: `depcruise` with these rules). Each rule
// names a direction the house forbids, and why. Paths are from the repository's root.
/** @type {import("dependency-cruiser").IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-folder-cycle",
      comment: "Folders depend one way: a circle between two folders means neither can be understood, tested or moved alone.",
      severity: "error",
      scope: "folder",
      from: { path: "^(lib|app|components|scripts)/" },
      to: { circular: true },
    },
    {
      name: "db-not-audit",
      comment: "lib/db is below lib/audit: the audit chain is appended by lib/audit with the steps each engine lends it (lib/db/hot/hot-queries.ts).",
      severity: "error",
      from: { path: "^lib/db(/|\\.ts$)" },
      to: { path: "^lib/audit/" },
    },
    {
      name: "auth-not-consent",
      comment: "Signing in (lib/auth) comes before consent (lib/consent) and must not reach into it; what both need lives in lib/forms.",
      severity: "error",
      from: { path: "^lib/auth/" },
      to: { path: "^lib/consent/" },
    },
    {
      name: "lib-not-ui",
      comment: "lib/ is the application without its screens: it never imports app/ or components/.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|components)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    // tests reach into test/support and back: their imports are not the architecture
    exclude: { path: ["^(lib/generated|node_modules|\\.next|dist)/", "\\.test\\.tsx?$"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"] },
  },
};
