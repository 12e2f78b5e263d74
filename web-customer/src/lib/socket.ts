import {
  DINER_NAMESPACE,
  type DinerAuth,
  type DinerClientToServer,
  type DinerServerToClient,
} from "@tabletap/shared";
import { io, type Socket } from "socket.io-client";

/** The server's event map with the generics flipped: the diner listens to what the server emits. */
export type DinerSocket = Socket<DinerServerToClient, DinerClientToServer>;

/** One socket per followed order; the order token is the diner's only credential. */
export function connectDinerSocket(orderToken: string): DinerSocket {
  const auth: DinerAuth = { orderToken };
  return io(DINER_NAMESPACE, { auth });
}

/** A menu page's socket: the table's own token lets it hear `menu:changed` for its shop. */
export function connectMenuSocket(tableToken: string): DinerSocket {
  const auth: DinerAuth = { tableToken };
  return io(DINER_NAMESPACE, { auth });
}
