import type { MenuChange } from "@tabletap/shared";
import { useEffect, useRef } from "react";

/**
 * Keeps an open menu page current: every change a manager makes arrives as `menu:changed`. The socket
 * client is loaded only once the menu is on screen, so it never delays the first paint. After a dropped
 * connection `onReconnect` refetches, since changes made meanwhile were not heard.
 */
export function useLiveMenu(
  tableToken: string,
  enabled: boolean,
  handlers: { onChange: (change: MenuChange) => void; onReconnect: () => void },
): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let disconnect = () => {};
    void import("../../lib/socket").then(({ takeTableSocket }) => {
      if (stopped) return;
      const { socket, release } = takeTableSocket(tableToken);
      let connectedBefore = socket.connected;
      const onConnect = () => {
        if (connectedBefore) latest.current.onReconnect();
        connectedBefore = true;
      };
      const onChange = (change: MenuChange) => latest.current.onChange(change);
      socket.on("connect", onConnect);
      socket.on("menu:changed", onChange);
      disconnect = () => {
        socket.off("connect", onConnect);
        socket.off("menu:changed", onChange);
        release();
      };
    });
    return () => {
      stopped = true;
      disconnect();
    };
  }, [tableToken, enabled]);
}
