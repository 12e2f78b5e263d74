import { randomUUID } from "node:crypto";
import type { Db } from "@tabletap/server/db/database";

/** An order as a report test describes it: written straight to the tables, bypassing the order flow. */
export interface RowOrder {
  day: string;
  createdAt: number;
  status: string;
  paymentStatus: string;
  paymentMethod: "online" | "counter";
  /** Counter orders paid at the till say how; null: no payment row. */
  tender: "cash" | "card" | null;
  tableId: string;
  discount: number;
  tip: number;
  lines: { itemId: string; name: string; unitPrice: number; quantity: number }[];
  /**
   * Whether it reached the kitchen (sets placed_at). By default every order that left pending_payment
   * other than by expiring did; a cancelled order says false when it was cancelled before being paid.
   */
  reachedKitchen?: boolean;
}

const neverPlaced = new Set(["pending_payment", "expired"]);

let counter = 0;

/** Writes orders with their lines and payments; subtotal is the sum of the lines, total = subtotal − discount. */
export async function insertRowOrders(db: Db, shopId: string, orders: RowOrder[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const o of orders) {
      counter += 1;
      const id = randomUUID();
      const subtotal = o.lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
      const discount = Math.min(o.discount, subtotal);
      const total = subtotal - discount;
      await trx
        .insertInto("orders")
        .values({
          id,
          shopId,
          tableId: o.tableId,
          seq: 1_000_000 + counter,
          pickupNumber: 1_000_000 + counter,
          businessDay: o.day,
          status: o.status,
          paymentStatus: o.paymentStatus,
          note: "",
          subtotal,
          discount,
          total,
          tip: o.tip,
          currency: "CNY",
          paymentMethod: o.paymentMethod,
          idempotencyKey: `row-${id}`,
          requestHash: "test",
          orderToken: `tok-${id}`,
          createdAt: o.createdAt,
          updatedAt: o.createdAt,
          placedAt: (o.reachedKitchen ?? !neverPlaced.has(o.status)) ? o.createdAt : null,
        })
        .execute();
      let position = 0;
      for (const line of o.lines) {
        await trx
          .insertInto("orderLines")
          .values({
            id: randomUUID(),
            orderId: id,
            shopId,
            itemId: line.itemId,
            position: position++,
            name: line.name,
            unitPrice: line.unitPrice,
            quantity: line.quantity,
            lineTotal: line.unitPrice * line.quantity,
            note: "",
            optionsJson: "[]",
          })
          .execute();
      }
      if (o.paymentMethod === "online" || o.tender) {
        await trx
          .insertInto("payments")
          .values({
            id: randomUUID(),
            shopId,
            orderId: id,
            provider: o.paymentMethod === "online" ? "sandbox" : "counter",
            providerRef: null,
            amount: total,
            currency: "CNY",
            status: o.paymentStatus === "unpaid" ? "pending" : o.paymentStatus,
            tender: o.paymentMethod === "online" ? null : o.tender,
            checkoutUrl: null,
            createdAt: o.createdAt,
            updatedAt: o.createdAt,
            paidAt: null,
          })
          .execute();
      }
    }
  });
}

/** Removes every order of the shop (and what hangs off it), so each property run starts empty. */
export async function clearOrders(db: Db, shopId: string): Promise<void> {
  await db.deleteFrom("payments").where("shopId", "=", shopId).execute();
  await db.deleteFrom("orderLines").where("shopId", "=", shopId).execute();
  await db.deleteFrom("orders").where("shopId", "=", shopId).execute();
}
