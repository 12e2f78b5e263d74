import { StrictMode, startTransition } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { languageReady } from "./features/language/i18n";

/** Runs the app in #root, over whatever the page painted there. */
export async function start(root: HTMLElement): Promise<void> {
  // A Chinese phone waits for its strings (one small request) rather than flashing English first.
  await languageReady;
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
}
