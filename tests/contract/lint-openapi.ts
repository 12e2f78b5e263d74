import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildOpenApiDocument } from "@tabletap/server/http/openapi";

/**
 * Lints the document GET /api/openapi.json serves (built from the source, as the server builds it) with
 * Redocly's recommended rules, and fails on any error or warning: the contract outside checks use.
 */
const root = join(import.meta.dirname, "../..");
const redocly = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");
const dir = mkdtempSync(join(tmpdir(), "tabletap-openapi-"));
const file = join(dir, "openapi.json");
try {
  // The served document names the deployment's PUBLIC_URL; a stand-in, since a localhost server is a finding.
  writeFileSync(file, JSON.stringify(buildOpenApiDocument("https://tabletap.test"), null, 2));
  const run = (format: string) =>
    spawnSync(
      process.execPath,
      [redocly, "lint", "--config", join(root, "redocly.yaml"), `--format=${format}`, file],
      {
        encoding: "utf8",
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      },
    );
  const result = run("json");
  const totals = (JSON.parse(result.stdout) as { totals: { errors: number; warnings: number } }).totals;
  if (totals.errors > 0 || totals.warnings > 0) {
    process.stdout.write(run("stylish").stdout);
    console.error(`OpenAPI lint: ${totals.errors} errors and ${totals.warnings} warnings`);
    process.exitCode = 1;
  } else {
    console.log("OpenAPI lint: the served document passes Redocly's recommended rules, no warnings");
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
