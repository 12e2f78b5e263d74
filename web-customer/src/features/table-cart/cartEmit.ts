import type { Ack, TableCart } from "@tabletap/shared";
import type { DinerSocket } from "../../lib/socket";

export type CartEvent = "cart:add-line" | "cart:set-quantity" | "cart:remove-line";

/** How long a change waits for the server's answer before the phone treats the connection as lost. */
const ANSWER_WAIT_MS = 8000;

/**
 * Sends one cart change and resolves with the server's answer; rejects when none came in time, so the
 * caller keeps the change (an add is sent again with the same line id, which the server applies once).
 */
export function emitCartChange(
  socket: DinerSocket,
  event: CartEvent,
  payload: object,
): Promise<Ack<TableCart>> {
  // The typed emitter cannot express a timeout's error-first ack; the event and payload are checked above.
  const untyped = socket as unknown as {
    timeout(ms: number): { emitWithAck(event: CartEvent, payload: object): Promise<Ack<TableCart>> };
  };
  return untyped.timeout(ANSWER_WAIT_MS).emitWithAck(event, payload);
}
