import {
  cancelReasonCodeOf,
  type Order,
  type OrderStatus,
  type PaymentMethod,
  type PaymentStatus,
  type TableKind,
} from "@tabletap/shared";
import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { OrderLinesTable, OrdersTable } from "../../db/schema.js";

/** Most orders one read returns; a board further behind than this catches up in several reads. */
export const ORDER_PAGE_LIMIT = 2000;

export const activeStatuses: OrderStatus[] = ["placed", "accepted", "preparing", "ready"];

const orderColumns = [
  "orders.id",
  "orders.shopId",
  "orders.tableId",
  "orders.seq",
  "orders.pickupNumber",
  "orders.businessDay",
  "orders.status",
  "orders.paymentStatus",
  "orders.note",
  "orders.subtotal",
  "orders.discount",
  "orders.couponCode",
  "orders.total",
  "orders.tip",
  "orders.currency",
  "orders.paymentMethod",
  "orders.needsApproval",
  "orders.idempotencyKey",
  "orders.requestHash",
  "orders.orderToken",
  "orders.createdAt",
  "orders.updatedAt",
  "orders.placedAt",
  "tables.label as tableLabel",
  "tables.kind as tableKind",
] as const;

type OrderRow = Selectable<OrdersTable> & {
  tableLabel: string;
  tableKind: string;
  cancelReason: string | null;
};

const ordersWithTable = (db: Db) =>
  db
    .selectFrom("orders")
    .innerJoin("tables", "tables.id", "orders.tableId")
    .select(orderColumns)
    // The reason lives with the status history; an order is cancelled at most once.
    .select((eb) =>
      eb
        .selectFrom("orderStatusChanges as cancel")
        .select("cancel.reason")
        .whereRef("cancel.orderId", "=", "orders.id")
        .where("cancel.toStatus", "=", "cancelled")
        .limit(1)
        .as("cancelReason"),
    );

export type OrderFilter =
  | { by: "id"; shopId?: string; orderId: string }
  | { by: "idempotencyKey"; shopId: string; key: string }
  | { by: "sinceSeq"; shopId: string; sinceSeq: number }
  | { by: "board"; shopId: string; businessDay: string };

/** Loads full orders (lines and table) for one of the reads the app needs. */
export async function findOrders(
  db: Db,
  filter: OrderFilter,
): Promise<(Order & { orderToken: string; requestHash: string })[]> {
  let query = ordersWithTable(db);
  if (filter.shopId) query = query.where("orders.shopId", "=", filter.shopId);
  switch (filter.by) {
    case "id":
      query = query.where("orders.id", "=", filter.orderId);
      break;
    case "idempotencyKey":
      query = query.where("orders.idempotencyKey", "=", filter.key);
      break;
    case "sinceSeq":
      query = query.where("orders.seq", ">", filter.sinceSeq).orderBy("orders.seq").limit(ORDER_PAGE_LIMIT);
      break;
    case "board":
      query = query
        .where((eb) =>
          eb.or([
            eb("orders.status", "in", activeStatuses),
            eb("orders.businessDay", "=", filter.businessDay),
          ]),
        )
        .orderBy("orders.seq")
        .limit(ORDER_PAGE_LIMIT);
      break;
  }
  const rows = (await query.execute()) as OrderRow[];
  if (rows.length === 0) return [];
  const lines = await db
    .selectFrom("orderLines")
    .selectAll()
    .where(
      "orderId",
      "in",
      rows.map((row) => row.id),
    )
    .orderBy("position")
    .execute();
  const bumps = await db
    .selectFrom("orderStationBumps")
    .select(["orderId", "stationId"])
    .where(
      "orderId",
      "in",
      rows.map((row) => row.id),
    )
    .orderBy("stationId")
    .execute();
  return rows.map((row) => toOrder(row, lines, bumps));
}

/** A new order as `findOrders` would read it back, built from the rows its transaction wrote. */
export function newOrderView(
  row: Selectable<OrdersTable>,
  table: { label: string; kind: string },
  lines: LineRow[],
): Order {
  const withTable = { ...row, tableLabel: table.label, tableKind: table.kind, cancelReason: null };
  return publicOrder(toOrder(withTable, lines, []));
}

type LineRow = Omit<Selectable<OrderLinesTable>, "stationId"> & { stationId: string | null };

function toOrder(
  row: OrderRow,
  allLines: LineRow[],
  bumps: { orderId: string; stationId: string }[],
): Order & { orderToken: string; requestHash: string } {
  return {
    id: row.id,
    shopId: row.shopId,
    seq: Number(row.seq),
    pickupNumber: row.pickupNumber,
    status: row.status as OrderStatus,
    paymentStatus: row.paymentStatus as PaymentStatus,
    paymentMethod: row.paymentMethod as PaymentMethod,
    needsApproval: row.needsApproval === 1,
    cancelReason: row.status === "cancelled" ? (row.cancelReason ?? null) : null,
    cancelReasonCode: row.status === "cancelled" ? cancelReasonCodeOf(row.cancelReason) : null,
    table: { id: row.tableId, label: row.tableLabel, kind: row.tableKind as TableKind },
    lines: allLines
      .filter((line) => line.orderId === row.id)
      .map((line) => ({
        id: line.id,
        itemId: line.itemId,
        name: line.name,
        quantity: line.quantity,
        unitPrice: line.unitPrice,
        lineTotal: line.lineTotal,
        note: line.note,
        options: JSON.parse(line.optionsJson),
        stationId: line.stationId,
      })),
    stationsDone: bumps.filter((bump) => bump.orderId === row.id).map((bump) => bump.stationId),
    note: row.note,
    subtotal: row.subtotal,
    discount: row.discount,
    couponCode: row.couponCode,
    total: row.total,
    tip: row.tip,
    currency: row.currency,
    createdAt: new Date(Number(row.createdAt)).toISOString(),
    updatedAt: new Date(Number(row.updatedAt)).toISOString(),
    placedAt: row.placedAt === null ? null : new Date(Number(row.placedAt)).toISOString(),
    orderToken: row.orderToken,
    requestHash: row.requestHash,
  };
}

/** Hands out the shop's next pickup number for a local day, starting at 1 each day. */
export async function nextPickupNumber(trx: Db, shopId: string, businessDay: string): Promise<number> {
  const row = await trx
    .insertInto("pickupCounters")
    .values({ shopId, businessDay, lastNumber: 1 })
    .onConflict((oc) =>
      oc
        .columns(["shopId", "businessDay"])
        .doUpdateSet((eb) => ({ lastNumber: eb("pickupCounters.lastNumber", "+", 1) })),
    )
    .returning("lastNumber")
    .executeTakeFirstOrThrow();
  return row.lastNumber;
}

/** Strips the fields only the server may see. */
export const publicOrder = ({
  orderToken: _t,
  requestHash: _h,
  ...order
}: Order & { orderToken: string; requestHash: string }): Order => order;
