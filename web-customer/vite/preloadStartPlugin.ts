import type { Plugin } from "vite";

type Chunk = { type: "chunk"; fileName: string; facadeModuleId: string | null; imports: string[] };

/**
 * The entry starts the app with `import()` once the page has painted (src/main.tsx). A dynamic import is
 * fetched only when it runs, so this lists the started chunk and everything it imports as
 * <link rel="modulepreload"> in index.html: the browser downloads them with the page, as it did when the app
 * was one static import, and the entry's size check (`.size-limit.js`) still counts them.
 */
export function preloadStartPlugin({ module }: { module: string }): Plugin {
  return {
    name: "tabletap:preload-start",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter(
          (file): file is Chunk & typeof file => file.type === "chunk",
        );
        const started = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(module));
        if (!started) throw new Error(`no chunk starts ${module}`);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          const chunk = bundle[fileName];
          if (chunk?.type === "chunk") for (const imported of chunk.imports) visit(imported);
        };
        visit(started.fileName);
        const links = [...files]
          .filter((fileName) => !html.includes(`"/${fileName}"`))
          .map((fileName) => `<link rel="modulepreload" crossorigin href="/${fileName}">`);
        return html.replace("</head>", () => `    ${links.join("\n    ")}\n  </head>`);
      },
    },
  };
}
