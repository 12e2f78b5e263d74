import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import compression from "compression";
import express, { type Express, type RequestHandler } from "express";
import type { Logger } from "../logger.js";
import { escapeHtml, jsonForScript } from "./html.js";

export interface WebRoots {
  customer: string;
  merchant: string;
}

/** What the server fills into an app's page before sending it: the screen to paint before any JavaScript. */
export interface FirstScreen {
  /** The page's language (`<html lang>`). */
  lang: string;
  title: string;
  /** Markup for #root, escaped by whoever built it. */
  root: string;
  /** Handed to the app in a JSON script element with this id, so it starts with what the markup shows. */
  data: { id: string; value: unknown };
}

/** A page of an app the server draws the first screen of; undefined sends the plain page. */
export interface PrerenderedPage {
  path: string;
  render: (
    params: Record<string, string>,
    acceptLanguage: string | undefined,
  ) => Promise<FirstScreen | undefined>;
}

/** Serves the two built single-page apps: the console under /merchant/, the diner app at the root. */
export function serveWebApps(
  app: Express,
  roots: WebRoots,
  logger: Logger,
  customerPages: PrerenderedPage[] = [],
): void {
  mount(app, "/merchant", roots.merchant, logger, []);
  mount(app, "/", roots.customer, logger, customerPages);
}

function mount(app: Express, base: string, root: string, logger: Logger, pages: PrerenderedPage[]) {
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
  for (const page of pages) app.get(page.path, compress, prerendered(index, page));
  app.get(base === "/" ? "/{*path}" : [base, `${base}/{*path}`], compress, (_req, res) => {
    res.set("Cache-Control", "no-cache").sendFile(index);
  });
}

function prerendered(index: string, page: PrerenderedPage): RequestHandler {
  return async (req, res, next) => {
    const acceptLanguage = req.headers["accept-language"];
    const [template, screen] = await Promise.all([
      readFile(index, "utf8"),
      page.render(req.params as Record<string, string>, acceptLanguage),
    ]);
    const html = screen && fillPage(template, screen);
    if (!html) return next();
    // The words follow the diner's languages; the page is always fresh, like the menu it carries.
    res.set({ "Cache-Control": "no-cache", Vary: "Accept-Language" }).type("html").send(html);
  };
}

/** The built page with the screen in place of its loading placeholder; undefined if the page has none. */
function fillPage(template: string, screen: FirstScreen): string | undefined {
  const root = /<div id="root">.*<\/div>/;
  if (!root.test(template)) return undefined;
  // Replacer functions: a "$&" in a shop's name must stay text, not become a replacement pattern.
  return lowPriorityScripts(template)
    .replace(/<html lang="[^"]*">/, () => `<html lang="${escapeHtml(screen.lang)}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(screen.title)}</title>`)
    .replace(
      root,
      () =>
        `<div id="root">${screen.root}</div>` +
        `<script type="application/json" id="${escapeHtml(screen.data.id)}">${jsonForScript(screen.data.value)}</script>`,
    );
}

/**
 * The app's script and the modules it preloads, fetched at low priority. This page paints from its own
 * markup and styles, so no script is needed for its first paint; at the default (high) priority the app's
 * ~110 kB would share a slow connection with the page itself and anything it shows.
 */
const lowPriorityScripts = (template: string): string =>
  template.replace(
    /<(script type="module"|link rel="modulepreload")(?![^>]*fetchpriority)/g,
    '<$1 fetchpriority="low"',
  );
