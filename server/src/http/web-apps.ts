import { createHash } from "node:crypto";
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
    if (!screen) return next();
    // The app's scripts join the page once its first screen has painted, if the page's content security
    // policy can be told to run the one inline script that adds them; else they stay where the build put them.
    const policy = res.getHeader("Content-Security-Policy");
    const deferred = typeof policy === "string" ? deferAppScripts(template, policy) : undefined;
    const html = fillPage(deferred?.template ?? template, screen, deferred?.boot);
    if (!html) return next();
    if (deferred) res.setHeader("Content-Security-Policy", deferred.policy);
    // The words follow the diner's languages; the page is always fresh, like the menu it carries.
    res.set({ "Cache-Control": "no-cache", Vary: "Accept-Language" }).type("html").send(html);
  };
}

/** The built page with the screen in place of its loading placeholder; undefined if the page has none. */
function fillPage(template: string, screen: FirstScreen, boot?: string): string | undefined {
  const root = /<div id="root">.*<\/div>/;
  if (!root.test(template)) return undefined;
  // Replacer functions: a "$&" in a shop's name must stay text, not become a replacement pattern.
  return template
    .replace(/<html lang="[^"]*">/, () => `<html lang="${escapeHtml(screen.lang)}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(screen.title)}</title>`)
    .replace(
      root,
      () =>
        `<div id="root">${screen.root}</div>` +
        `<script type="application/json" id="${escapeHtml(screen.data.id)}">${jsonForScript(screen.data.value)}</script>` +
        (boot ? `<script>${boot}</script>` : ""),
    );
}

const appScript = /<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\s*/g;
const modulePreload = /<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>\s*/g;

/**
 * A page that paints from its own markup and inline styles needs no script for its first paint, so the
 * app's module script and the modules it preloads are taken out of its head and added by a small inline
 * script once the browser has painted that screen (a frame, then a task). Fetched from the start, the
 * app's ~110 kB would share a slow connection with the page, and on a fast one its code would run before
 * the first paint. `policy` gets the inline script's hash added to its `script-src`; a policy without
 * one leaves the page as the build wrote it.
 */
function deferAppScripts(
  template: string,
  policy: string,
): { template: string; boot: string; policy: string } | undefined {
  const entries = [...template.matchAll(appScript)].map((match) => match[1]);
  const [entry] = entries;
  if (entries.length !== 1 || !entry || !/(^|;)\s*script-src\s/.test(policy)) return undefined;
  const preloads = [...template.matchAll(modulePreload)].map((match) => match[1]);
  // The entry first; then each module it imports, one per task: adding an element that starts a fetch
  // costs the main thread a few milliseconds, too many for one task on a slow phone.
  const boot =
    '(()=>{const d=document;const add=(tag,props)=>d.head.append(Object.assign(d.createElement(tag),{crossOrigin:""},props));' +
    `const preloads=${jsonForScript(preloads)};` +
    'const next=()=>{const href=preloads.shift();if(href){add("link",{rel:"modulepreload",href});setTimeout(next)}};' +
    `const start=()=>{add("script",{type:"module",src:${jsonForScript(entry)}});setTimeout(next)};` +
    // Two frames, then a task: the first screen is on the glass. A page opened in the background paints
    // nothing, so it starts the app at once.
    'if(d.visibilityState==="hidden")start();else requestAnimationFrame(()=>requestAnimationFrame(()=>setTimeout(start)))})()';
  const hash = `'sha256-${createHash("sha256").update(boot).digest("base64")}'`;
  return {
    template: template.replace(appScript, "").replace(modulePreload, ""),
    boot,
    policy: policy.replace(/((?:^|;)\s*script-src\s[^;]*)/, `$1 ${hash}`),
  };
}
