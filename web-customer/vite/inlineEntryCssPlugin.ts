import type { Plugin } from "vite";

const stylesheetLink = /<link rel="stylesheet"[^>]*\shref="\/(assets\/[^"]+\.css)"[^>]*>/g;

/**
 * Puts the entry's stylesheet into index.html as a <style> element. A linked stylesheet blocks the first
 * paint for one more request, which on a slow phone connection costs most of a second; the whole file is a
 * few kB gzip, so it rides along with the page. Lazy pages keep their own linked styles.
 */
export function inlineEntryCssPlugin(): Plugin {
  return {
    name: "tabletap:inline-entry-css",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, { bundle }) {
        if (!bundle) return html;
        return html.replace(stylesheetLink, (link, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== "asset") return link;
          // No file is left to fetch or precache: the page holds the styles.
          delete bundle[fileName];
          const css =
            typeof asset.source === "string" ? asset.source : new TextDecoder().decode(asset.source);
          // A stylesheet cannot end the element early: "</style" in CSS is only possible inside a string.
          return `<style>${css.replaceAll("</style", "<\\/style")}</style>`;
        });
      },
    },
  };
}
