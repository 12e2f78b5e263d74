import { useEffect } from "react";
import type { DinerSocket } from "./socket";

/**
 * Lends a part of the table page the table's one shared socket while `enabled`. The socket client is
 * loaded only then, so it never delays the first paint. `attach` adds the part's listeners and returns
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
    void import("./socket").then(({ takeTableSocket }) => {
      if (stopped) return;
      const { socket, release } = takeTableSocket(tableToken);
      const detach = attach(socket);
      stop = () => {
        detach();
        release();
      };
    });
    return () => {
      stopped = true;
      stop();
    };
  }, [tableToken, enabled, attach]);
}
