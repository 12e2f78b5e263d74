import type { MenuChange } from "@tabletap/shared";
import { useCallback, useRef } from "react";
import type { DinerSocket } from "../../lib/socket";
import { useTableSocket } from "../../lib/useTableSocket";

/**
 * Keeps an open menu page current: every change a manager makes arrives as `menu:changed`. The socket
 * client is loaded only once the menu is on screen, so it never delays the first paint. After a dropped
 * connection `onReconnect` refetches, since changes made meanwhile were not heard; it also refetches when the
 * server refuses the table's code, which then shows the "replaced" or "switched off" page.
 */
export function useLiveMenu(
  tableToken: string,
  enabled: boolean,
  handlers: { onChange: (change: MenuChange) => void; onReconnect: () => void },
): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  const follow = useCallback((socket: DinerSocket) => {
    let connectedBefore = socket.connected;
    const onConnect = () => {
      if (connectedBefore) latest.current.onReconnect();
      connectedBefore = true;
    };
    const onChange = (change: MenuChange) => latest.current.onChange(change);
    // The server drops the socket when the table's code is replaced or the table switched off. One try
    // tells that from a passing drop: a dead code is refused for good, and the reload shows why.
    const onDropped = (reason: string) => {
      if (reason === "io server disconnect") socket.connect();
    };
    const onRefused = (error: Error) => {
      if (error.message === "unauthorized") latest.current.onReconnect();
    };
    socket.on("connect", onConnect);
    socket.on("menu:changed", onChange);
    socket.on("disconnect", onDropped);
    socket.on("connect_error", onRefused);
    return () => {
      socket.off("connect", onConnect);
      socket.off("menu:changed", onChange);
      socket.off("disconnect", onDropped);
      socket.off("connect_error", onRefused);
    };
  }, []);
  useTableSocket(tableToken, enabled, follow);
}
