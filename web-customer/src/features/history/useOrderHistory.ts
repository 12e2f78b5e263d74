import type { Order } from "@tabletap/shared";
import { useEffect, useState } from "react";
import { listStoredOrders, removeStoredOrder, type StoredOrder, saveOrder } from "../../lib/orderStore";
import { getOrder } from "../order/orderApi";

export type HistoryEntry = StoredOrder & { id: string };

/**
 * The orders this phone remembers, each refreshed from the server with its own token (status, total).
 * An order the server no longer answers for still shows what the phone knows.
 */
export function useOrderHistory() {
  const [entries, setEntries] = useState<HistoryEntry[]>(() => listStoredOrders());
  const [live, setLive] = useState<Record<string, Order | "unavailable">>({});
  const [removed, setRemoved] = useState<HistoryEntry | undefined>();

  useEffect(() => {
    const controller = new AbortController();
    for (const entry of listStoredOrders()) {
      getOrder(entry.id, entry.orderToken, controller.signal).then(
        (order) => setLive((all) => ({ ...all, [entry.id]: order })),
        () => {
          if (!controller.signal.aborted) setLive((all) => ({ ...all, [entry.id]: "unavailable" }));
        },
      );
    }
    return () => controller.abort();
  }, []);

  const remove = (entry: HistoryEntry) => {
    removeStoredOrder(entry.id);
    setEntries(listStoredOrders());
    setRemoved(entry);
  };
  const undo = () => {
    if (!removed) return;
    const { id, ...stored } = removed;
    saveOrder(id, stored);
    setEntries(listStoredOrders());
    setRemoved(undefined);
  };
  return { entries, live, remove, removed, undo };
}
