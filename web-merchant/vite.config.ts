import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

// The API server serves this build under /merchant/; in dev, Vite stands in front and forwards the rest.
const apiServer = "http://localhost:3000";

export default defineConfig({
  base: "/merchant/",
  plugins: [react()],
  // "tabletap-source" lets Vite compile @tabletap/shared from its TypeScript, so no prebuild step is needed.
  resolve: { conditions: ["tabletap-source", ...defaultClientConditions] },
  build: { outDir: "dist", emptyOutDir: true },
  server: {
    port: 5174,
    proxy: {
      "/api": apiServer,
      "/socket.io": { target: apiServer, ws: true },
    },
  },
  preview: { port: 4174 },
});
