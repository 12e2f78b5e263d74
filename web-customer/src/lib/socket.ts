import {
  DINER_NAMESPACE,
  type DinerAuth,
  type DinerClientToServer,
  type DinerServerToClient,
} from "@tabletap/shared";
import { io, type Socket } from "socket.io-client";

/** The server's event map with the generics flipped: the diner listens to what the server emits. */
export type DinerSocket = Socket<DinerServerToClient, DinerClientToServer>;

/**
 * WebSocket from the start, no long-polling: behind a load balancer spreading requests over several API
 * nodes, polling requests of one session would land on different nodes (no sticky sessions needed this way).
 */
const transports = ["websocket"];

/** One socket per followed order; the order token is the diner's only credential. */
export function connectDinerSocket(orderToken: string): DinerSocket {
  const auth: DinerAuth = { orderToken };
  return io(DINER_NAMESPACE, { auth, transports });
}

/** A menu page's socket: the table's own token lets it hear `menu:changed` for its shop. */
export function connectMenuSocket(tableToken: string): DinerSocket {
  const auth: DinerAuth = { tableToken };
  return io(DINER_NAMESPACE, { auth, transports });
}

const tableSockets = new Map<string, { socket: DinerSocket; users: number }>();

/**
 * A table page's one socket, shared by the live menu, the shared cart and the tab: each part takes it and
 * gives it back, and the connection closes when the last one does.
 */
export function takeTableSocket(tableToken: string): { socket: DinerSocket; release: () => void } {
  const entry = tableSockets.get(tableToken) ?? { socket: connectMenuSocket(tableToken), users: 0 };
  entry.users += 1;
  tableSockets.set(tableToken, entry);
  let released = false;
  return {
    socket: entry.socket,
    release: () => {
      if (released) return;
      released = true;
      entry.users -= 1;
      if (entry.users > 0) return;
      tableSockets.delete(tableToken);
      entry.socket.disconnect();
    },
  };
}
