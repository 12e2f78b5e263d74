import { useEffect, useState } from "react";

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

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let stop = () => {};
    void import("../../lib/socket").then(({ takeTableSocket }) => {
      if (stopped) return;
      const { socket, release } = takeTableSocket(tableToken);
      const online = () => setSocketState("online");
      const lost = () => setSocketState("reconnecting");
      if (socket.connected) online();
      socket.on("connect", online);
      socket.on("disconnect", lost);
      socket.on("connect_error", lost);
      stop = () => {
        socket.off("connect", online);
        socket.off("disconnect", lost);
        socket.off("connect_error", lost);
        release();
      };
    });
    return () => {
      stopped = true;
      stop();
    };
  }, [tableToken, enabled]);

  if (!phoneOnline) return "offline";
  return socketState;
}
