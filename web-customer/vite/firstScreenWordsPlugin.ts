import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

interface FirstScreenWordsOptions {
  /** The folder of the app's locale files, one `<language>.json` each. */
  locales: string;
  /** The sections of each locale the server's first screen of a page uses. */
  sections: string[];
  /** Written next to index.html, where the server finds both. */
  fileName: string;
}

/**
 * Writes the words the server needs to paint a page's first screen before the app's JavaScript runs, taken
 * from the app's own locale files, so both say the same thing. Written after the bundle, so it is not one of
 * the files the service worker precaches: only the server reads it.
 */
export function firstScreenWordsPlugin({ locales, sections, fileName }: FirstScreenWordsOptions): Plugin {
  let outDir = "";
  return {
    name: "tabletap:first-screen-words",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const words: Record<string, Record<string, unknown>> = {};
      for (const file of readdirSync(locales).filter((name) => name.endsWith(".json"))) {
        const locale = JSON.parse(readFileSync(path.join(locales, file), "utf8")) as Record<string, unknown>;
        words[path.basename(file, ".json")] = Object.fromEntries(
          sections.map((section) => [section, locale[section]]),
        );
      }
      writeFileSync(path.join(outDir, fileName), JSON.stringify(words));
    },
  };
}
