import type { TableMenu } from "@tabletap/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError, getTableMenu, type LoadedMenu } from "../../lib/api";
import { t } from "../language/i18n";
import { forgetPageMenu, pageMenu } from "./pageMenu";
import { useLiveMenu } from "./useLiveMenu";

export type TableMenuState =
  | { status: "loading" }
  | { status: "ready"; menu: TableMenu; savedCopy: string | null }
  | { status: "inactive"; replaced: boolean }
  | { status: "error"; message: string };

/**
 * Keeps whichever menu is newer: a fetch and a `menu:changed` may arrive in either order. The service
 * worker's saved copy never replaces a menu the server sent, however its version compares.
 */
const newer = (current: TableMenuState, { menu, savedCopy }: LoadedMenu): TableMenuState =>
  current.status === "ready" &&
  (current.menu.menuVersion > menu.menuVersion || (savedCopy !== null && current.savedCopy === null))
    ? current
    : { status: "ready", menu, savedCopy };

const initialState = (tableToken: string): TableMenuState => {
  const menu = pageMenu(tableToken);
  return menu ? { status: "ready", menu, savedCopy: null } : { status: "loading" };
};

/**
 * Starts from the menu the page came with, else loads it, and keeps it live (`menu:changed` over the diner
 * socket). `reload` refreshes in the background: the menu already on screen stays put and only a successful
 * answer replaces it (e.g. to pick up a sold-out flag after the server refused an order), unless the code
 * no longer opens the table.
 */
export function useTableMenu(tableToken: string): { state: TableMenuState; reload: () => void } {
  const [state, setState] = useState(() => initialState(tableToken));
  const [version, setVersion] = useState(0);
  // The page's menu is as fresh as the page: the first load is skipped, a `reload` still fetches.
  const cameWithPage = useRef(state.status === "ready");
  useEffect(forgetPageMenu, []);

  useEffect(() => {
    if (cameWithPage.current) {
      cameWithPage.current = false;
      return;
    }
    const abort = new AbortController();
    // `version` only re-triggers this effect; the request is the same.
    void version;
    getTableMenu(tableToken, abort.signal).then(
      (loaded) => setState((current) => newer(current, loaded)),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setState((current) => {
          // A code that opens nothing any more (replaced, switched off) ends the menu on screen too.
          if (error instanceof ApiRequestError && error.status === 404) {
            return { status: "inactive", replaced: error.code === "table_code_replaced" };
          }
          if (current.status === "ready") return current;
          const message = error instanceof ApiRequestError ? error.message : t("errors.generic");
          return { status: "error", message };
        });
      },
    );
    return () => abort.abort();
  }, [tableToken, version]);

  const reload = useCallback(() => {
    setState((current) => (current.status === "ready" ? current : { status: "loading" }));
    setVersion((v) => v + 1);
  }, []);

  // A saved copy gives way to the real menu as soon as the phone is back, socket or not.
  const showingSavedCopy = state.status === "ready" && state.savedCopy !== null;
  useEffect(() => {
    if (!showingSavedCopy) return;
    window.addEventListener("online", reload);
    return () => window.removeEventListener("online", reload);
  }, [showingSavedCopy, reload]);

  useLiveMenu(tableToken, state.status === "ready", {
    onChange: (change) =>
      setState((current) =>
        current.status === "ready"
          ? newer(current, { menu: { ...current.menu, ...change }, savedCopy: current.savedCopy })
          : current,
      ),
    onReconnect: reload,
  });

  return { state, reload };
}
