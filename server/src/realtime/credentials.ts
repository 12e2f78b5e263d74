import { createHash } from "node:crypto";
import { DINER_NAMESPACE, MERCHANT_NAMESPACE } from "@tabletap/shared";
import type { Socket } from "socket.io";
import { sessionRoom, staffRoom } from "./rooms.js";

/**
 * One rule for every live socket: it joins the room of the credential that admitted it (a table's code, a
 * staff session, the person behind it), and whoever ends that credential disconnects the room on every
 * node. An order token never ends, so sockets opened with one have no such room.
 */

/** Keyed by a hash: the code itself would otherwise travel through Redis channels between nodes. */
export const tableCodeRoom = (tableToken: string) =>
  `code:${createHash("sha256").update(tableToken).digest("base64url")}`;

export const staffCredentialRooms = (sessionId: string, staffId: string) => [
  sessionRoom(sessionId),
  staffRoom(staffId),
];

/** The Socket.IO server (through its Redis adapter) or a worker's Redis emitter: either reaches every node. */
export interface SocketDisconnector {
  of(namespace: string): { in(room: string): { disconnectSockets(close?: boolean): void } };
}

/** Called once the credential's end is committed, so a socket that reconnects is refused. */
export interface CredentialEnds {
  /** A table's code was replaced or the table switched off. */
  tableCode(tableToken: string): void;
  /** Logged out. */
  session(sessionId: string): void;
  /** Password changed, role changed or removed: they reconnect if still allowed. */
  staff(staffId: string): void;
}

export function credentialEnds(sockets: SocketDisconnector): CredentialEnds {
  const end = (namespace: string, room: string) => sockets.of(namespace).in(room).disconnectSockets(true);
  return {
    tableCode: (tableToken) => end(DINER_NAMESPACE, tableCodeRoom(tableToken)),
    session: (sessionId) => end(MERCHANT_NAMESPACE, sessionRoom(sessionId)),
    staff: (staffId) => end(MERCHANT_NAMESPACE, staffRoom(staffId)),
  };
}

/**
 * Checks the credential once more as soon as the socket is reachable (connected and in its rooms). An end
 * that happened while the handshake ran was invisible to the disconnect (which only sees connected
 * sockets) but is visible to this check; an end after it finds the socket. A failed check keeps the socket:
 * the handshake has just verified it, and a diner's socket does not come back by itself.
 */
export async function recheckOnArrival(socket: Socket, stillValid: () => Promise<boolean>): Promise<void> {
  const valid = await stillValid().catch(() => true);
  if (!valid) socket.disconnect(true);
}
