import { createHash, randomUUID } from "node:crypto";
import {
  type CreateOrderRequest,
  localDay,
  type MenuItem,
  type Order,
  type PaymentMethod,
  type PaymentMode,
  priceLine,
} from "@tabletap/shared";
import { type Db, isUniqueViolation } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
import { enqueueInTransaction } from "../../queue/outbox.js";
import { loadMenu } from "../menu/menu.repository.js";
import { newToken } from "../shops/create-shop.js";
import { findShop, nextSeq } from "../shops/shops.repository.js";
import { findActiveTableByToken } from "../tables/tables.repository.js";
import { findOrders, nextPickupNumber, publicOrder } from "./orders.repository.js";

export interface CreateOrderDeps {
  db: Db;
  clock: () => number;
  /** How long a pay-first order waits for its payment before it expires. */
  paymentTimeoutMs: number;
}

export interface CreatedOrder {
  order: Order;
  orderToken: string;
  /** False when the idempotency key matched an earlier order, which is returned instead. */
  created: boolean;
}

/**
 * Places an order priced from the menu alone. The idempotency key makes a retried or double-tapped
 * submission return the first order; the same key with a different cart is refused.
 */
export async function createOrder(
  deps: CreateOrderDeps,
  request: CreateOrderRequest,
  idempotencyKey: string,
): Promise<CreatedOrder> {
  const { db } = deps;
  const kind = request.tableToken ? "table" : "counter";
  const table = await findActiveTableByToken(db, request.tableToken ?? request.counterToken ?? "");
  if (!table || table.kind !== kind) {
    throw new HttpError(404, "table_not_found", "This QR code is not active. Please ask a member of staff.");
  }
  const requestHash = hashRequest(request);
  const replay = await findReplay(db, table.shopId, idempotencyKey, requestHash);
  if (replay) return replay;

  const shop = await findShop(db, table.shopId);
  if (!shop) throw new Error(`table ${table.id} has no shop`);
  const paymentMethod = choosePaymentMethod(shop.paymentMode, request.payment);
  const status = paymentMethod === "online" ? "pending_payment" : "placed";
  const lines = priceLines(await loadMenu(db, shop.id), request);
  const subtotal = lines.reduce((sum, line) => sum + line.lineTotal, 0);
  const now = deps.clock();
  const businessDay = localDay(now, shop.timezone);
  const orderId = randomUUID();
  const orderToken = newToken();

  try {
    await db.transaction().execute(async (trx) => {
      const seq = await nextSeq(trx, shop.id);
      const pickupNumber = await nextPickupNumber(trx, shop.id, businessDay);
      await trx
        .insertInto("orders")
        .values({
          id: orderId,
          shopId: shop.id,
          tableId: table.id,
          seq,
          pickupNumber,
          businessDay,
          status,
          paymentStatus: "unpaid",
          paymentMethod,
          note: request.note ?? "",
          subtotal,
          total: subtotal,
          currency: shop.currency,
          idempotencyKey,
          requestHash,
          orderToken,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      await trx
        .insertInto("orderLines")
        .values(
          lines.map((line, position) => ({ ...line, id: randomUUID(), orderId, shopId: shop.id, position })),
        )
        .execute();
      await trx
        .insertInto("orderStatusChanges")
        .values({
          id: randomUUID(),
          orderId,
          shopId: shop.id,
          fromStatus: null,
          toStatus: status,
          staffId: null,
          at: now,
        })
        .execute();
      if (status === "pending_payment") {
        const payload = { orderId, shopId: shop.id };
        await enqueueInTransaction(trx, {
          name: "order.expire",
          payload,
          now,
          delayMs: deps.paymentTimeoutMs,
        });
      }
    });
  } catch (error) {
    // A concurrent request with the same key won the race: answer with its order.
    if (isUniqueViolation(error)) {
      const winner = await findReplay(db, table.shopId, idempotencyKey, requestHash);
      if (winner) return winner;
    }
    throw error;
  }
  const [order] = await findOrders(db, { by: "id", orderId });
  if (!order) throw new Error(`order ${orderId} vanished after commit`);
  return { order: publicOrder(order), orderToken, created: true };
}

async function findReplay(
  db: Db,
  shopId: string,
  key: string,
  requestHash: string,
): Promise<CreatedOrder | undefined> {
  const [existing] = await findOrders(db, { by: "idempotencyKey", shopId, key });
  if (!existing) return undefined;
  if (existing.requestHash !== requestHash) {
    throw new HttpError(
      409,
      "idempotency_conflict",
      "This Idempotency-Key was already used for a different order",
    );
  }
  return { order: publicOrder(existing), orderToken: existing.orderToken, created: false };
}

function priceLines(menu: { items: MenuItem[] }[], request: CreateOrderRequest) {
  const items = new Map(menu.flatMap((category) => category.items).map((item) => [item.id, item]));
  return request.lines.map((line, index) => {
    const item = items.get(line.itemId);
    if (!item) {
      throw new HttpError(422, "unknown_item", "An item in your cart is not on this menu any more", {
        line: index,
      });
    }
    if (item.soldOut) {
      throw new HttpError(
        409,
        "sold_out",
        `Sorry, ${item.name} is sold out. Please remove it and order again.`,
        {
          line: index,
          itemId: item.id,
        },
      );
    }
    const priced = priceLine(item, line.optionIds, line.quantity);
    if (!priced.ok) throw new HttpError(422, priced.reason, priced.message, { line: index });
    return {
      itemId: item.id,
      name: item.name,
      unitPrice: priced.unitPrice,
      quantity: line.quantity,
      lineTotal: priced.lineTotal,
      note: line.note ?? "",
      optionsJson: JSON.stringify(priced.options),
    };
  });
}

function choosePaymentMethod(mode: PaymentMode, asked: PaymentMethod | undefined): PaymentMethod {
  const offered: PaymentMethod[] =
    mode === "both" ? ["counter", "online"] : mode === "pay_first" ? ["online"] : ["counter"];
  const method = asked ?? offered[0] ?? "counter";
  if (!offered.includes(method)) {
    const message =
      method === "online"
        ? "This shop takes payment at the counter"
        : "This shop asks you to pay when you order";
    throw new HttpError(422, "payment_method_unavailable", message);
  }
  return method;
}

/** The same cart hashes the same whichever order its options were picked in. */
const hashRequest = (request: CreateOrderRequest) => {
  const canonical = {
    ...request,
    lines: request.lines.map((line) => ({ ...line, optionIds: [...line.optionIds].sort() })),
  };
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
};
