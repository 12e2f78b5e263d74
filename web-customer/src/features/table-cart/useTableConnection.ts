import { useCallback, useEffect, useState } from "react";
import type { DinerSocket } from "../../lib/socket";
import { useTableSocket } from "../../lib/useTableSocket";

/**
 * What the diner needs to know about the table's live connection: nothing while it works or is first
 * opening, "reconnecting" once it dropped or could not open, "offline" when the phone itself has no network.
 */
export type TableConnection = "connecting" | "online" | "reconnecting" | "offline";

export function useTableConnection(tableToken: string, enabled: boolean): TableConnection {
  const [socketState, setSocketState] = useState<"connecting" | "online" | "reconnecting">("connecting");
  const [phoneOnline, setPhoneOnline] = useState(() => navigator.onLine);

  useEffect(() => {
    const update = () => setPhoneOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);

  const follow = useCallback((socket: DinerSocket) => {
    const online = () => setSocketState("online");
    const lost = () => setSocketState("reconnecting");
    if (socket.connected) online();
    socket.on("connect", online);
    socket.on("disconnect", lost);
    socket.on("connect_error", lost);
    return () => {
      socket.off("connect", online);
      socket.off("disconnect", lost);
      socket.off("connect_error", lost);
    };
  }, []);
  useTableSocket(tableToken, enabled, follow);

  if (!phoneOnline) return "offline";
  return socketState;
}
