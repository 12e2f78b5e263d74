import { type TableTab, tableRoutes } from "@tabletap/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { call } from "../../lib/api";
import type { DinerSocket } from "../../lib/socket";
import { useTableSocket } from "../../lib/useTableSocket";
import { pageTab } from "../menu/pageMenu";

/**
 * The table's open tab: the one the page came with, else fetched when the menu opens, and again whenever the table's socket says it changed
 * (a round placed or moving on, the table closed). Only for tables: takeaway has no tab.
 */
export function useTableTab(
  tableToken: string,
  enabled: boolean,
): { tab: TableTab | null; refresh: () => void } {
  const [tab, setTab] = useState<TableTab | null>(() => (enabled ? (pageTab(tableToken) ?? null) : null));
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((n) => n + 1), []);
  // As fresh as the page, which no cache keeps: the first fetch is skipped, a change or reconnect still asks.
  const cameWithPage = useRef(tab !== null);

  useEffect(() => {
    if (!enabled) return;
    if (cameWithPage.current) {
      cameWithPage.current = false;
      return;
    }
    const abort = new AbortController();
    void generation;
    call(tableRoutes.getTableTab, { params: { token: tableToken }, signal: abort.signal }).then(
      setTab,
      () => {
        // The menu stays usable without the tab; the next change or reconnect tries again.
      },
    );
    return () => abort.abort();
  }, [tableToken, enabled, generation]);

  const follow = useCallback(
    (socket: DinerSocket) => {
      let connectedBefore = socket.connected;
      const onConnect = () => {
        if (connectedBefore) refresh();
        connectedBefore = true;
      };
      socket.on("tab:changed", refresh);
      socket.on("connect", onConnect);
      return () => {
        socket.off("tab:changed", refresh);
        socket.off("connect", onConnect);
      };
    },
    [refresh],
  );
  useTableSocket(tableToken, enabled, follow);

  return { tab, refresh };
}
