import type { RunUnit } from "../../db/unit-of-work.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import { findTicket, insertTicket } from "./tickets.repository.js";

/** Staff ask for a ticket again (it failed, or the paper got lost): a new ticket, printed marked REPRINT. */
export async function reprintTicket(
  deps: { runUnit: RunUnit; clock: () => number },
  request: { shopId: string; ticketId: string },
): Promise<Result<string>> {
  const now = deps.clock();
  return deps.runUnit(async (unit) => {
    const original = await findTicket(unit.trx, request.ticketId, request.shopId);
    if (!original) return fail("not_found", "No such ticket in this shop");
    const ticketId = await insertTicket(unit.trx, {
      shopId: request.shopId,
      orderId: original.orderId,
      stationId: original.stationId,
      printerId: original.printerId,
      reprintOf: original.id,
      now,
    });
    await unit.enqueue({ name: "ticket.print", payload: { ticketId }, now });
    return succeed(ticketId);
  });
}
