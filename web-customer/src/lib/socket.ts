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
 * WebSocket first, so most phones skip long-polling's extra requests; a network that blocks WebSockets
 * (some hotel and office proxies) falls back to HTTP long-polling on every (re)connect instead of leaving
 * the diner without a live menu or shared cart. The balancer keeps one polling session on one node
 * (deploy/nginx.conf pins `/socket.io/` by client address).
 */
const transportOptions = { transports: ["websocket", "polling"], tryAllTransports: true };

/** One socket per followed order; the order token is the diner's only credential. */
export function connectDinerSocket(orderToken: string): DinerSocket {
  const auth: DinerAuth = { orderToken };
  return io(DINER_NAMESPACE, { auth, ...transportOptions });
}

/** A menu page's socket: the table's own token lets it hear `menu:changed` for its shop. */
export function connectMenuSocket(tableToken: string): DinerSocket {
  const auth: DinerAuth = { tableToken };
  return io(DINER_NAMESPACE, { auth, ...transportOptions });
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
