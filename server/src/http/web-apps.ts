import { existsSync } from "node:fs";
import path from "node:path";
import compression from "compression";
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
  // Vite's hashed assets never change; everything else (index.html, icons) is revalidated so a deploy shows at once.
  // Gzip on the fly: a phone on a slow connection downloads the JavaScript at about a third of its size.
  const compress = compression();
  app.use(
    base,
    compress,
    express.static(root, {
      index: false,
      setHeaders: (res, file) => {
        const hashed = file.startsWith(path.join(root, "assets") + path.sep);
        res.setHeader("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
      },
    }),
  );
  app.get(base === "/" ? "/{*path}" : [base, `${base}/{*path}`], compress, (_req, res) => {
    res.set("Cache-Control", "no-cache").sendFile(index);
  });
}
