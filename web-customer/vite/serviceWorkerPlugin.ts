import { build, defaultClientConditions, type Plugin } from "vite";

interface ServiceWorkerOptions {
  /** The worker's TypeScript entry. */
  entry: string;
  /** Its URL path from the site root: it must stay stable across deploys and sit above the pages it serves. */
  fileName: string;
}

/**
 * Bundles the service worker on its own into one classic script at a fixed, unhashed URL. It cannot be one
 * more chunk of the app: chunks are hashed and may import each other, and module service workers are not
 * supported by every browser that does Web Push. The server revalidates unhashed files on every request.
 */
export function serviceWorkerPlugin({ entry, fileName }: ServiceWorkerOptions): Plugin {
  const bundle = async (minify: boolean): Promise<string> => {
    const result = await build({
      configFile: false,
      logLevel: "warn",
      publicDir: false,
      resolve: { conditions: ["tabletap-source", ...defaultClientConditions] },
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
    async generateBundle() {
      this.emitFile({ type: "asset", fileName, source: await bundle(true) });
    },
    // `vite dev` serves it fresh on every request, like the server does with the built file.
    configureServer(server) {
      server.middlewares.use(`/${fileName}`, (_req, res, next) => {
        bundle(false).then((code) => {
          res.setHeader("Content-Type", "text/javascript");
          res.setHeader("Cache-Control", "no-cache");
          res.end(code);
        }, next);
      });
    },
  };
}
