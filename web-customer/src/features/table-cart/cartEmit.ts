import type { Ack, CartAddLine, CartRemoveLine, CartSetQuantity, TableCart } from "@tabletap/shared";
import type { DinerSocket } from "../../lib/socket";

/** One change to the table's cart, as the shared events map names and shapes it. */
export type CartMessage =
  | { event: "cart:add-line"; payload: CartAddLine }
  | { event: "cart:set-quantity"; payload: CartSetQuantity }
  | { event: "cart:remove-line"; payload: CartRemoveLine };

/** How long a change waits for the server's answer before the phone treats the connection as lost. */
const ANSWER_WAIT_MS = 8000;

/**
 * Sends one cart change and resolves with the server's answer; rejects when none came in time, so the
 * caller keeps the change (an add is sent again with the same line id, which the server applies once).
 */
export function emitCartChange(socket: DinerSocket, message: CartMessage): Promise<Ack<TableCart>> {
  const answered = socket.timeout(ANSWER_WAIT_MS);
  // One branch per event, so each emit is checked against its own payload type.
  switch (message.event) {
    case "cart:add-line":
      return answered.emitWithAck(message.event, message.payload);
    case "cart:set-quantity":
      return answered.emitWithAck(message.event, message.payload);
    case "cart:remove-line":
      return answered.emitWithAck(message.event, message.payload);
  }
}
