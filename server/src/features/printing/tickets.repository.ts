import { randomUUID } from "node:crypto";
import type { PrintTicket, PrintTicketState } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import type { TicketContent } from "./ticket-layout.js";

const ticketColumns = [
  "printTickets.id",
  "printTickets.shopId",
  "printTickets.orderId",
  "printTickets.stationId",
  "printTickets.printerId",
  "printTickets.reprint",
  "printTickets.state",
  "printTickets.attempts",
  "printTickets.lastError",
  "printTickets.createdAt",
  "printTickets.printedAt",
  "orders.pickupNumber",
] as const;

const withOrder = (db: Db) =>
  db
    .selectFrom("printTickets")
    .innerJoin("orders", "orders.id", "printTickets.orderId")
    .select(ticketColumns);

type TicketRow = Awaited<ReturnType<ReturnType<typeof withOrder>["executeTakeFirstOrThrow"]>>;

const ticketView = (row: TicketRow): PrintTicket => ({
  id: row.id,
  orderId: row.orderId,
  pickupNumber: row.pickupNumber,
  stationId: row.stationId,
  printerId: row.printerId,
  state: row.state as PrintTicketState,
  reprint: row.reprint === 1,
  attempts: row.attempts,
  lastError: row.lastError,
  createdAt: new Date(Number(row.createdAt)).toISOString(),
  printedAt: row.printedAt === null ? null : new Date(Number(row.printedAt)).toISOString(),
});

export async function findTicket(
  db: Db,
  ticketId: string,
  shopId?: string,
): Promise<PrintTicket | undefined> {
  let query = withOrder(db).where("printTickets.id", "=", ticketId);
  if (shopId) query = query.where("printTickets.shopId", "=", shopId);
  const row = await query.executeTakeFirst();
  return row && ticketView(row);
}

/** Tickets not printed yet, and failed ones staff have not reprinted, newest first. */
export async function listOpenTickets(db: Db, shopId: string): Promise<PrintTicket[]> {
  const rows = await withOrder(db)
    .where("printTickets.shopId", "=", shopId)
    .where("printTickets.state", "!=", "printed")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("printTickets as again")
            .select("again.id")
            .whereRef("again.reprintOf", "=", "printTickets.id"),
        ),
      ),
    )
    .orderBy("printTickets.createdAt", "desc")
    .limit(200)
    .execute();
  return rows.map(ticketView);
}

/** The order's stations that have lines, for its first tickets. */
export async function stationsOfOrder(trx: Db, orderId: string): Promise<string[]> {
  const rows = await trx
    .selectFrom("orderLines")
    .select("stationId")
    .distinct()
    .where("orderId", "=", orderId)
    .where("stationId", "is not", null)
    .execute();
  return rows.map((row) => row.stationId).filter((id): id is string => id !== null);
}

export async function insertTicket(
  trx: Db,
  ticket: {
    shopId: string;
    orderId: string;
    stationId: string;
    printerId: string;
    reprintOf: string | null;
    now: number;
  },
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto("printTickets")
    .values({
      id,
      shopId: ticket.shopId,
      orderId: ticket.orderId,
      stationId: ticket.stationId,
      printerId: ticket.printerId,
      reprintOf: ticket.reprintOf,
      reprint: ticket.reprintOf === null ? 0 : 1,
      state: "queued",
      attempts: 0,
      lastError: null,
      createdAt: ticket.now,
      printedAt: null,
    })
    .execute();
  return id;
}

/** What the print job needs: the ticket's state and its printer. */
export function findTicketJob(db: Db, ticketId: string) {
  return db
    .selectFrom("printTickets")
    .innerJoin("printers", "printers.id", "printTickets.printerId")
    .select([
      "printTickets.id",
      "printTickets.shopId",
      "printTickets.orderId",
      "printTickets.stationId",
      "printTickets.printerId",
      "printTickets.state",
      "printTickets.reprint",
      "printers.host",
      "printers.port",
      "printers.encoding",
      "printers.enabled",
    ])
    .where("printTickets.id", "=", ticketId)
    .executeTakeFirst();
}

/**
 * Marks the ticket `sending` before its bytes go out, only if it is still in the state the attempt read:
 * of two attempts racing, one sends. False when another attempt got there first.
 */
export async function claimTicket(
  db: Db,
  claim: { ticketId: string; from: string; reprint: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable("printTickets")
    .set((eb) => ({ state: "sending", reprint: claim.reprint ? 1 : 0, attempts: eb("attempts", "+", 1) }))
    .where("id", "=", claim.ticketId)
    .where("state", "=", claim.from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function settleTicket(
  db: Db,
  ticketId: string,
  outcome: { state: PrintTicketState; lastError: string | null; printedAt?: number },
): Promise<void> {
  await db
    .updateTable("printTickets")
    .set({ state: outcome.state, lastError: outcome.lastError, printedAt: outcome.printedAt ?? null })
    .where("id", "=", ticketId)
    .execute();
}

/** Notes why an attempt could not start, leaving the ticket's state as it was. */
export async function noteTicketError(db: Db, ticketId: string, lastError: string): Promise<void> {
  await db.updateTable("printTickets").set({ lastError }).where("id", "=", ticketId).execute();
}

/** One snapshot of what the ticket prints: the order, its table, the station and the station's lines. */
export async function ticketContent(
  db: Db,
  ticket: { orderId: string; stationId: string },
): Promise<TicketContent | undefined> {
  const order = await db
    .selectFrom("orders")
    .innerJoin("tables", "tables.id", "orders.tableId")
    .innerJoin("shops", "shops.id", "orders.shopId")
    .innerJoin("stations", (join) => join.on("stations.id", "=", ticket.stationId))
    .select([
      "orders.pickupNumber",
      "orders.note",
      "orders.placedAt",
      "orders.createdAt",
      "tables.label",
      "shops.timezone",
      "stations.name as stationName",
    ])
    .where("orders.id", "=", ticket.orderId)
    .executeTakeFirst();
  if (!order) return undefined;
  const lines = await db
    .selectFrom("orderLines")
    .select(["quantity", "name", "note", "optionsJson"])
    .where("orderId", "=", ticket.orderId)
    .where("stationId", "=", ticket.stationId)
    .orderBy("position")
    .execute();
  return {
    stationName: order.stationName,
    pickupNumber: order.pickupNumber,
    tableLabel: order.label,
    placedAt: Number(order.placedAt ?? order.createdAt),
    timezone: order.timezone,
    note: order.note,
    lines: lines.map((line) => ({
      quantity: line.quantity,
      name: line.name,
      note: line.note,
      options: (JSON.parse(line.optionsJson) as { name: string }[]).map((option) => option.name),
    })),
  };
}
