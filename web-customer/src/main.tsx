import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { languageReady } from "./features/language/i18n";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html is missing #root");

// The worker and the code that registers it both wait for the page's load: neither is needed to paint the menu.
window.addEventListener(
  "load",
  () =>
    void import("./features/offline/registerServiceWorker").then((m) => m.registerServiceWorkerAfterLoad()),
  { once: true },
);
// A Chinese phone waits for its strings (one small request) rather than flashing English first.
await languageReady;
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
