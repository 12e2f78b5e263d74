import type { TableMenu } from "@tabletap/shared";
import { useCallback, useEffect, useState } from "react";
import { ApiRequestError, getTableMenu } from "../../lib/api";
import { text } from "../../lib/text";
import { useLiveMenu } from "./useLiveMenu";

export type TableMenuState =
  | { status: "loading" }
  | { status: "ready"; menu: TableMenu }
  | { status: "inactive"; replaced: boolean }
  | { status: "error"; message: string };

/** Keeps whichever menu is newer: a fetch and a `menu:changed` may arrive in either order. */
const newer = (current: TableMenuState, menu: TableMenu): TableMenuState =>
  current.status === "ready" && current.menu.menuVersion > menu.menuVersion
    ? current
    : { status: "ready", menu };

/**
 * Loads the table's menu and keeps it live (`menu:changed` over the diner socket). `reload` refreshes in
 * the background: the menu already on screen stays put and only a successful answer replaces it (e.g. to
 * pick up a sold-out flag after the server refused an order), unless the code no longer opens the table.
 */
export function useTableMenu(tableToken: string): { state: TableMenuState; reload: () => void } {
  const [state, setState] = useState<TableMenuState>({ status: "loading" });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    // `version` only re-triggers this effect; the request is the same.
    void version;
    getTableMenu(tableToken, abort.signal).then(
      (menu) => setState((current) => newer(current, menu)),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        setState((current) => {
          // A code that opens nothing any more (replaced, switched off) ends the menu on screen too.
          if (error instanceof ApiRequestError && error.status === 404) {
            return { status: "inactive", replaced: error.code === "table_code_replaced" };
          }
          if (current.status === "ready") return current;
          const message = error instanceof ApiRequestError ? error.message : text.errors.generic;
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

  useLiveMenu(tableToken, state.status === "ready", {
    onChange: (change) =>
      setState((current) =>
        current.status === "ready" ? newer(current, { ...current.menu, ...change }) : current,
      ),
    onReconnect: reload,
  });

  return { state, reload };
}
