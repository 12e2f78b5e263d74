import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { firstScreenWordsPlugin } from "./vite/firstScreenWordsPlugin.ts";
import { inlineEntryCssPlugin } from "./vite/inlineEntryCssPlugin.ts";
import { serviceWorkerPlugin } from "./vite/serviceWorkerPlugin.ts";

const apiServer = "http://localhost:3000";

export default defineConfig({
  base: "/",
  plugins: [
    react(),
    inlineEntryCssPlugin(),
    // The server paints the menu's first screen (server/src/features/menu/first-screen.ts) in these words.
    firstScreenWordsPlugin({
      locales: fileURLToPath(new URL("./src/features/language/locales", import.meta.url)),
      sections: ["menu", "language", "tab", "callStaff"],
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
    // Every browser the app targets but Safari before 17 preloads modules itself; there the polyfill's bytes
    // would only make the page's own scripts start sooner, which the first screen drawn by the server no
    // longer waits for.
    modulePreload: { polyfill: false },
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
