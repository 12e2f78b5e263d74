import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { build, defaultClientConditions, type Plugin } from "vite";

interface ServiceWorkerOptions {
  /** The worker's TypeScript entry. */
  entry: string;
  /** Its URL path from the site root: it must stay stable across deploys and sit above the pages it serves. */
  fileName: string;
}

/** One file the worker precaches; `revision` is null for hashed names, whose URL changes with their content. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

type BuiltFile = { type: "chunk"; code: string } | { type: "asset"; source: string | Uint8Array };

/**
 * Bundles the service worker on its own into one classic script at a fixed, unhashed URL. It cannot be one
 * more chunk of the app: chunks are hashed and may import each other, and module service workers are not
 * supported by every browser that does Web Push. The server revalidates unhashed files on every request.
 * The worker gets the list of every file the build wrote (the app, its lazy chunks, the public files)
 * with revisions, so after one visit the whole app loads from its cache; a change to any file changes
 * the worker's bytes, which is how browsers notice a new deploy.
 */
export function serviceWorkerPlugin({ entry, fileName }: ServiceWorkerOptions): Plugin {
  let publicDir = "";
  const bundle = async (minify: boolean, manifest: PrecacheEntry[]): Promise<string> => {
    const result = await build({
      configFile: false,
      logLevel: "warn",
      publicDir: false,
      resolve: { conditions: ["tabletap-source", ...defaultClientConditions] },
      define: {
        __PRECACHE_MANIFEST__: JSON.stringify(manifest),
        // Library builds leave it in; Workbox reads it to drop its development logging.
        "process.env.NODE_ENV": JSON.stringify(minify ? "production" : "development"),
      },
      build: {
        write: false,
        minify,
        target: "es2022",
        lib: { entry, formats: ["iife"], name: "serviceWorker", fileName: () => fileName },
      },
    });
    const outputs = Array.isArray(result) ? result : [result];
    for (const output of outputs) {
      if (!("output" in output)) continue;
      const chunk = output.output.find((item) => item.type === "chunk");
      if (chunk) return chunk.code;
    }
    throw new Error(`service worker ${entry} produced no script`);
  };

  return {
    name: "tabletap:service-worker",
    configResolved(config) {
      publicDir = config.publicDir;
    },
    // Last, so index.html and every other plugin's files are in the bundle to be listed.
    generateBundle: {
      order: "post",
      async handler(_options, output) {
        const built = Object.values(output).map((file) => ({
          fileName: file.fileName,
          file: file as BuiltFile,
        }));
        const manifest = [...builtEntries(built), ...publicEntries(publicDir)].filter(
          (item) => item.url !== `/${fileName}` && !item.url.endsWith(".map"),
        );
        this.emitFile({ type: "asset", fileName, source: await bundle(true, manifest) });
      },
    },
    // `vite dev` serves it fresh on every request, like the server does with the built file.
    configureServer(server) {
      server.middlewares.use(`/${fileName}`, (_req, res, next) => {
        bundle(false, []).then((code) => {
          res.setHeader("Content-Type", "text/javascript");
          res.setHeader("Cache-Control", "no-cache");
          res.end(code);
        }, next);
      });
    },
  };
}

const revision = (content: string | Uint8Array) =>
  createHash("sha256").update(content).digest("hex").slice(0, 16);

function builtEntries(files: Array<{ fileName: string; file: BuiltFile }>): PrecacheEntry[] {
  return files.map(({ fileName, file }) => ({
    url: `/${fileName}`,
    // Vite's assets/ names carry their content hash; anything else (index.html) needs one of its own.
    revision: fileName.startsWith("assets/")
      ? null
      : revision(file.type === "chunk" ? file.code : file.source),
  }));
}

function publicEntries(dir: string): PrecacheEntry[] {
  if (!dir) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => {
      const full = path.join(item.parentPath, item.name);
      return {
        url: `/${path.relative(dir, full).split(path.sep).join("/")}`,
        revision: revision(readFileSync(full)),
      };
    });
}
