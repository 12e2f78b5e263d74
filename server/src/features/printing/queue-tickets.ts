import type { UnitOfWork } from "../../db/unit-of-work.js";
import { printersOfStations } from "./printers.repository.js";
import { insertTicket, stationsOfOrder } from "./tickets.repository.js";

/**
 * An order reached the kitchen: one ticket per switched-on printer of each station its lines went to,
 * written and queued (through the outbox) in the change that sent it there, so it prints once however that
 * change is retried (the tickets' unique index would refuse a second set).
 */
export async function queueKitchenTickets(
  unit: UnitOfWork,
  order: { shopId: string; orderId: string; now: number },
): Promise<void> {
  const { trx } = unit;
  const stations = await stationsOfOrder(trx, order.orderId);
  const printers = await printersOfStations(trx, order.shopId, stations);
  for (const printer of printers) {
    const ticketId = await insertTicket(trx, {
      shopId: order.shopId,
      orderId: order.orderId,
      stationId: printer.stationId,
      printerId: printer.id,
      reprintOf: null,
      now: order.now,
    });
    await unit.enqueue({ name: "ticket.print", payload: { ticketId }, now: order.now });
  }
}
