// No cycle between feature folders: run over server/src/features alone, so each folder is one node and
// an import of another feature is an edge (.dependency-cruiser.cjs keeps the rest of server/src from
// closing a ring around them).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-feature-cycle",
      severity: "error",
      scope: "folder",
      comment:
        "Features form layers: none depends, directly or around a ring, on a feature that depends on it.",
      from: { path: "^server/src/features/[^/]+$" },
      to: { path: "^server/src/features/[^/]+$", circular: true },
    },
  ],
  options: {
    includeOnly: "^server/src/features/",
    exclude: { path: "\\.test\\.ts$" },
    tsPreCompilationDeps: true,
  },
};
