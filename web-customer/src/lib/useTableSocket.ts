import { useEffect } from "react";
import type { DinerSocket } from "./socket";
import { whenIdle } from "./whenIdle";

/**
 * Lends a part of the table page the table's one shared socket while `enabled`. The socket client is
 * loaded only then, once the page is idle, so it never delays the first paint or the app's first render. `attach` adds the part's listeners and returns
 * what removes them; the socket is given back after. Keep `attach` stable (useCallback): a new one
 * re-attaches.
 */
export function useTableSocket(
  tableToken: string,
  enabled: boolean,
  attach: (socket: DinerSocket) => () => void,
): void {
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let stop = () => {};
    // Connecting waits for the page's first render and paint, which it would otherwise lengthen; each part
    // attaches in a task of its own.
    const cancel = whenIdle(
      () =>
        void import("./socket").then(({ takeTableSocket }) => {
          if (stopped) return;
          const { socket, release } = takeTableSocket(tableToken);
          const detach = attach(socket);
          stop = () => {
            detach();
            release();
          };
        }),
    );
    return () => {
      stopped = true;
      cancel();
      stop();
    };
  }, [tableToken, enabled, attach]);
}
