import { existsSync } from "node:fs";
import path from "node:path";
import express, { type Express } from "express";
import type { Logger } from "../logger.js";

export interface WebRoots {
  customer: string;
  merchant: string;
}

/** Serves the two built single-page apps: the console under /merchant/, the diner app at the root. */
export function serveWebApps(app: Express, roots: WebRoots, logger: Logger): void {
  mount(app, "/merchant", roots.merchant, logger);
  mount(app, "/", roots.customer, logger);
}

function mount(app: Express, base: string, root: string, logger: Logger) {
  const index = path.join(root, "index.html");
  if (!existsSync(index)) {
    logger.warn({ root }, `web app for ${base} is not built; run npm run build`);
    return;
  }
  // Hashed assets never change; index.html must always be revalidated so a deploy is picked up.
  app.use(base, express.static(root, { index: false, immutable: true, maxAge: "1y" }));
  app.get(base === "/" ? "/{*path}" : [base, `${base}/{*path}`], (_req, res) => {
    res.set("Cache-Control", "no-cache").sendFile(index);
  });
}
