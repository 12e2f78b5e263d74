import type { TableCart } from "@tabletap/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import type { DinerSocket } from "../../lib/socket";
import { emitCartChange } from "./cartEmit";
import { loadQueuedAdds, type QueuedAdd, saveQueuedAdds } from "./queuedAdds";

/** A kept pick the server refused when it was finally sent: the diner is told which dish, and why. */
export interface NotAdded {
  lineId: string;
  name: string;
  code: string;
}

/** Refusals that say "not now" rather than "never": the pick stays and is sent again shortly. */
const passingRefusals = new Set(["rate_limited", "internal"]);
const RETRY_MS = 3000;

/**
 * Picks added while the table's connection is down, kept in localStorage per table code and sent in the
 * order they were tapped once the socket is back. Each leaves the queue only with the server's answer:
 * taken (or already there after a lost answer), or refused for good (sold out, gone, table closed).
 */
export function useQueuedAdds(tableToken: string, accept: (cart: TableCart) => void) {
  const [queue, setQueueState] = useState(() => loadQueuedAdds(tableToken));
  const [notAdded, setNotAdded] = useState<NotAdded[]>([]);
  const queueRef = useRef(queue);
  const sending = useRef(false);

  const setQueue = useCallback(
    (change: (current: QueuedAdd[]) => QueuedAdd[]) => {
      const next = change(queueRef.current);
      queueRef.current = next;
      saveQueuedAdds(tableToken, next);
      setQueueState(next);
    },
    [tableToken],
  );

  useEffect(() => {
    queueRef.current = loadQueuedAdds(tableToken);
    setQueueState(queueRef.current);
  }, [tableToken]);

  const drop = useCallback(
    (lineId: string) => setQueue((current) => current.filter((entry) => entry.line.lineId !== lineId)),
    [setQueue],
  );

  const flush = useCallback(
    async (socket: DinerSocket) => {
      if (sending.current) return;
      sending.current = true;
      try {
        for (let next = queueRef.current[0]; next && socket.connected; next = queueRef.current[0]) {
          const answer = await emitCartChange(socket, { event: "cart:add-line", payload: next.line }).catch(
            () => null,
          );
          if (answer === null) return;
          if (!answer.ok && passingRefusals.has(answer.error.code)) {
            setTimeout(() => void flush(socket), RETRY_MS);
            return;
          }
          drop(next.line.lineId);
          if (answer.ok) accept(answer.data);
          else
            setNotAdded((list) => [
              ...list,
              { lineId: next.line.lineId, name: next.name, code: answer.error.code },
            ]);
        }
      } finally {
        sending.current = false;
      }
    },
    [accept, drop],
  );

  return {
    queue,
    enqueue: (entry: QueuedAdd) => setQueue((current) => [...current, entry]),
    isQueued: (lineId: string) => queueRef.current.some((entry) => entry.line.lineId === lineId),
    setQuantity: (lineId: string, quantity: number) =>
      setQueue((current) =>
        current.map((entry) =>
          entry.line.lineId === lineId ? { ...entry, line: { ...entry.line, quantity } } : entry,
        ),
      ),
    drop,
    flush,
    notAdded,
    dismissNotAdded: () => setNotAdded([]),
  };
}
