import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { languageReady } from "./features/language/i18n";
import { registerServiceWorkerAfterLoad } from "./features/offline/registerServiceWorker";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html is missing #root");

registerServiceWorkerAfterLoad();
// A Chinese phone waits for its strings (one small request) rather than flashing English first.
await languageReady;
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
