// The diner entry's JavaScript budget: what a phone must download before the first screen can run.
// Vite hashes file names, so the list comes from the built HTML itself: its module entry plus every
// <link rel="modulepreload"> it fetches alongside (lazy chunks such as the order page and Chinese strings
// are not counted). Sizes are summed gzip (level 9), the compression the server sends.
import { readFileSync } from "node:fs";

const html = readFileSync(new URL("dist/index.html", import.meta.url), "utf8");
const entry = [...html.matchAll(/<script type="module"[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1]);
const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\/([^"]+)"/g)].map((m) => m[1]);
if (entry.length !== 1)
  throw new Error(`expected one module script in dist/index.html, found ${entry.length}`);

export default [
  {
    name: `diner entry JS: ${[...entry, ...preloads].join(" + ")}`,
    path: [...entry, ...preloads].map((file) => `dist/${file}`),
    gzip: true,
    limit: "110 kB",
  },
];
