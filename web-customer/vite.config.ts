import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { firstScreenWordsPlugin } from "./vite/firstScreenWordsPlugin.ts";
import { inlineEntryCssPlugin } from "./vite/inlineEntryCssPlugin.ts";
import { preloadStartPlugin } from "./vite/preloadStartPlugin.ts";
import { serviceWorkerPlugin } from "./vite/serviceWorkerPlugin.ts";

const apiServer = "http://localhost:3000";

export default defineConfig({
  base: "/",
  plugins: [
    react(),
    inlineEntryCssPlugin(),
    preloadStartPlugin({ module: "/src/start.tsx" }),
    // The server paints the menu's first screen (server/src/features/menu/first-screen.ts) in these words.
    firstScreenWordsPlugin({
      locales: fileURLToPath(new URL("./src/features/language/locales", import.meta.url)),
      sections: ["menu", "language"],
      fileName: "first-screen-words.json",
    }),
    serviceWorkerPlugin({ entry: "src/features/notifications/serviceWorker.ts", fileName: "sw.js" }),
  ],
  // `tabletap-source` makes @tabletap/shared resolve to its .ts files, so the app never waits for a shared build.
  resolve: {
    conditions: ["tabletap-source", ...defaultClientConditions],
    // wouter's fallback for React < 18; React 19 has the hook, so the shim's bytes stay out of the entry.
    alias: {
      "use-sync-external-store/shim/index.js": fileURLToPath(
        new URL("./vite/use-sync-external-store.ts", import.meta.url),
      ),
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // The page lists what the app needs at start itself (vite/preloadStartPlugin.ts). Without Vite's own
    // preloading its modulepreload polyfill stays out of the first download; later screens fetch the pieces
    // they share as they import them, after the menu has painted.
    modulePreload: false,
    // One stylesheet, inlined into index.html: the app starts after the first paint (src/main.tsx), and
    // styles split off with its code would arrive after the page painted without them.
    cssCodeSplit: false,
    rolldownOptions: {
      treeshake: { moduleSideEffects: [{ test: /[\\/]shared[\\/]src[\\/]/, sideEffects: false }] },
    },
  },
  // `vite preview` reuses this proxy, so both dev and preview talk to the real API on :3000.
  server: {
    proxy: {
      "/api": apiServer,
      "/socket.io": { target: apiServer, ws: true },
    },
  },
});
