import type {
  DinerClientToServer,
  DinerServerToClient,
  MerchantClientToServer,
  MerchantServerToClient,
} from "@tabletap/shared";
import type { Namespace, Server, Socket } from "socket.io";

/** What the server keeps on a staff socket: the session that admitted it, and when that session ends. */
export interface MerchantSocketData {
  session: { id: string; endsAt: number };
}

/** What the server keeps on a diner socket opened with a table's code (a follower of one order keeps nothing). */
export interface DinerSocketData {
  tableToken?: string;
}

// biome-ignore lint/complexity/noBannedTypes: API nodes send each other no events of their own.
type NoServerSideEvents = {};

export type MerchantNamespace = Namespace<
  MerchantClientToServer,
  MerchantServerToClient,
  NoServerSideEvents,
  MerchantSocketData
>;
export type MerchantSocket = Socket<
  MerchantClientToServer,
  MerchantServerToClient,
  NoServerSideEvents,
  MerchantSocketData
>;
export type DinerNamespace = Namespace<
  DinerClientToServer,
  DinerServerToClient,
  NoServerSideEvents,
  DinerSocketData
>;
export type DinerSocket = Socket<
  DinerClientToServer,
  DinerServerToClient,
  NoServerSideEvents,
  DinerSocketData
>;

/**
 * One Socket.IO server carries both namespaces, so its own maps are both namespaces' maps together; each
 * namespace is then taken with its own, narrower types (`io.of(…)` assigned to `DinerNamespace`).
 */
export type RealtimeServer = Server<
  MerchantClientToServer & DinerClientToServer,
  MerchantServerToClient & DinerServerToClient,
  NoServerSideEvents,
  MerchantSocketData & DinerSocketData
>;
