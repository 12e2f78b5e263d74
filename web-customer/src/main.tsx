import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { languageReady } from "./features/language/i18n";
import { nextTask } from "./lib/nextTask";
import { whenIdle } from "./lib/whenIdle";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html is missing #root");

// The worker and the code that registers it both wait for the page's load: neither is needed to paint the
// menu. A menu page adds this script after its first paint, by when the page may have loaded already.
const registerWorker = () =>
  void import("./features/offline/registerServiceWorker").then((m) => m.registerServiceWorkerAfterLoad());
if (document.readyState === "complete") whenIdle(registerWorker);
else window.addEventListener("load", registerWorker, { once: true });
// A Chinese phone waits for its strings (one small request) rather than flashing English first.
await languageReady;
// The app's modules ran in one task; the first render starts in the next, so neither holds the main thread
// for their sum while the diner may already be scrolling the page's menu.
await nextTask();
// The page already shows something (a menu's first screen drawn by the server, else a loading screen), so
// the first render need not hold the main thread: as a transition it yields to the browser every few
// milliseconds, and the page's markup stays until the app's replaces it in one commit.
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
