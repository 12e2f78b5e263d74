import { randomUUID } from "node:crypto";
import { type Ack, DINER_NAMESPACE, type TableCart } from "@tabletap/shared";
import { io } from "socket.io-client";
import type { DinerSocket } from "./sockets.js";

/** A phone on a table's menu page: its socket carries the table's code and hears the shared cart. */
export function connectTable(baseUrl: string, tableToken: string): DinerSocket {
  return io(`${baseUrl}${DINER_NAMESPACE}`, {
    transports: ["websocket"],
    auth: { tableToken },
    reconnection: false,
    forceNew: true,
  });
}

type CartEvent = "cart:sync" | "cart:add-line" | "cart:set-quantity" | "cart:remove-line";

/** Sends one cart event and resolves with its ack (any payload, so tests can send bad ones too). */
export function cartCall(socket: DinerSocket, event: CartEvent, payload?: unknown): Promise<Ack<TableCart>> {
  const untyped = socket as unknown as {
    timeout(ms: number): { emitWithAck(event: string, ...args: unknown[]): Promise<Ack<TableCart>> };
  };
  const withTimeout = untyped.timeout(5000);
  return payload === undefined ? withTimeout.emitWithAck(event) : withTimeout.emitWithAck(event, payload);
}

export const addLine = (
  socket: DinerSocket,
  line: { itemId: string; quantity?: number; nickname: string; optionIds?: string[]; note?: string },
  lineId: string = randomUUID(),
) =>
  cartCall(socket, "cart:add-line", {
    lineId,
    itemId: line.itemId,
    quantity: line.quantity ?? 1,
    optionIds: line.optionIds ?? [],
    note: line.note ?? "",
    nickname: line.nickname,
  });

/** The cart's lines as an order body would carry them. */
export const orderLines = (cart: TableCart) =>
  cart.lines.map((line) => ({
    itemId: line.itemId,
    quantity: line.quantity,
    optionIds: line.optionIds,
    ...(line.note ? { note: line.note } : {}),
  }));
