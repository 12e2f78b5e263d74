// Walls between server features (README, "Features and their layers"). `npm run lint` runs this over
// server/src without tests, then .dependency-cruiser-features.cjs for cycles between feature folders.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "A file never reaches itself through its imports.",
      from: {},
      to: { circular: true },
    },
    {
      name: "feature-face-from-feature",
      severity: "error",
      comment: "Another feature is used only through its public face, features/<name>/index.ts.",
      from: { path: "^server/src/features/([^/]+)/" },
      to: {
        path: "^server/src/features/[^/]+/",
        pathNot: ["^server/src/features/$1/", "^server/src/features/[^/]+/index\\.ts$"],
      },
    },
    {
      name: "feature-face-from-outside",
      severity: "error",
      comment: "App wiring, sockets, scripts and the API document use a feature only through its index.ts.",
      from: { pathNot: "^server/src/features/" },
      to: { path: "^server/src/features/[^/]+/", pathNot: "^server/src/features/[^/]+/index\\.ts$" },
    },
    {
      name: "infrastructure-below-features",
      severity: "error",
      comment:
        "db, queue, http and realtime sit below the features; only the wiring files (app, start, the socket " +
        "server, the API document, scripts) may import a feature. Otherwise a ring through them would hide " +
        "from the feature-cycle check, which looks at feature folders alone.",
      from: {
        path: "^server/src/",
        pathNot: [
          "^server/src/features/",
          "^server/src/(app|start|main)\\.ts$",
          "^server/src/scripts/",
          "^server/src/realtime/(server|session-watch)\\.ts$",
          "^server/src/http/openapi\\.ts$",
        ],
      },
      to: { path: "^server/src/features/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.test\\.ts$" },
    // Type-only imports count: a type imported back up ties two features as much as a call does.
    tsPreCompilationDeps: true,
  },
};
