import { randomBytes } from "node:crypto";
import type { OrderStatus, PaymentMethod, PaymentStatus, Receipt } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import { receiptAmounts } from "./receipt-amounts.js";

/** Orders with nothing bought yet (still awaiting payment, or never paid) have no receipt. */
const withoutReceipt: OrderStatus[] = ["pending_payment", "expired"];

export const receiptPath = (token: string): string => `/r/${token}`;

/**
 * The order's receipt token, made on first use. 192 random bits, unrelated to the order token, so the
 * link can be shared: it opens this receipt and nothing else. Concurrent first uses agree on one token.
 */
export async function ensureReceiptToken(db: Db, orderId: string, now: number): Promise<Result<string>> {
  const order = await db.selectFrom("orders").select("status").where("id", "=", orderId).executeTakeFirst();
  if (!order) return fail("not_found", "No such order");
  if (withoutReceipt.includes(order.status as OrderStatus)) {
    return fail("receipt_unavailable", "There is no receipt for an order that was never paid for or placed");
  }
  await db
    .insertInto("receipts")
    .values({ orderId, token: randomBytes(24).toString("base64url"), createdAt: now })
    .onConflict((oc) => oc.column("orderId").doNothing())
    .execute();
  const row = await db
    .selectFrom("receipts")
    .select("token")
    .where("orderId", "=", orderId)
    .executeTakeFirstOrThrow();
  return succeed(row.token);
}

/** The receipt token an order already has, or undefined. */
export async function findReceiptToken(db: Db, orderId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom("receipts")
    .select("token")
    .where("orderId", "=", orderId)
    .executeTakeFirst();
  return row?.token;
}

/** The order a receipt token opens, or undefined. */
export async function findReceiptOrderId(db: Db, token: string): Promise<string | undefined> {
  const row = await db.selectFrom("receipts").select("orderId").where("token", "=", token).executeTakeFirst();
  return row?.orderId;
}

/** An order's receipt, built field by field so nothing personal can slip in. */
export async function loadReceipt(db: Db, orderId: string): Promise<Receipt | undefined> {
  const order = await db
    .selectFrom("orders")
    .innerJoin("shops", "shops.id", "orders.shopId")
    .select([
      "orders.id",
      "orders.createdAt",
      "orders.pickupNumber",
      "orders.status",
      "orders.paymentStatus",
      "orders.paymentMethod",
      "orders.subtotal",
      "orders.discount",
      "orders.total",
      "orders.tip",
      "orders.currency",
      "shops.name as shopName",
      "shops.currency as shopCurrency",
      "shops.locale as shopLocale",
      "shops.timezone as shopTimezone",
    ])
    .where("orders.id", "=", orderId)
    .executeTakeFirst();
  if (!order) return undefined;
  const [lines, payments] = await Promise.all([
    db
      .selectFrom("orderLines")
      .select(["name", "quantity", "unitPrice", "lineTotal", "optionsJson"])
      .where("orderId", "=", order.id)
      .orderBy("position")
      .execute(),
    db
      .selectFrom("payments")
      .select(["tender", "amount", "status", "paidAt"])
      .where("orderId", "=", order.id)
      .execute(),
  ]);
  const payment = payments
    .filter((row) => row.paidAt !== null)
    .sort((a, b) => Number(b.paidAt) - Number(a.paidAt))[0];
  const status = order.status as OrderStatus;
  return {
    shop: {
      name: order.shopName,
      currency: order.shopCurrency,
      locale: order.shopLocale,
      timezone: order.shopTimezone,
    },
    placedAt: new Date(Number(order.createdAt)).toISOString(),
    pickupNumber: order.pickupNumber,
    status,
    lines: lines.map((line) => ({
      name: line.name,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      lineTotal: line.lineTotal,
      options: (JSON.parse(line.optionsJson) as { name: string; priceDelta: number }[]).map((option) => ({
        name: option.name,
        priceDelta: option.priceDelta,
      })),
    })),
    subtotal: order.subtotal,
    discount: order.discount,
    total: order.total,
    tip: order.tip,
    ...receiptAmounts({ status, total: order.total, tip: order.tip }, payments),
    currency: order.currency,
    payment: {
      method: order.paymentMethod as PaymentMethod,
      tender: payment?.tender === "cash" || payment?.tender === "card" ? payment.tender : null,
      status: order.paymentStatus as PaymentStatus,
    },
  };
}
