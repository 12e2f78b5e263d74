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

/**
 * Resolves once the browser has painted what the page brought (the menu's first screen drawn by the server,
 * else a loading screen). On a fast connection the app's code is there before the page is parsed, and
 * running it first (a few hundred milliseconds on a phone) would hold that paint back. A tab in the
 * background paints no frames: the timer starts the app anyway.
 */
const afterFirstPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 500);
  });

// The app's code is preloaded with the page (see vite/preloadStartPlugin.ts): only its running waits.
await afterFirstPaint();
const { start } = await import("./start");
await start(root);
