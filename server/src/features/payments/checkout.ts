import { randomUUID } from "node:crypto";
import type { CheckoutResponse } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
import { findShop } from "../shops/shops.repository.js";
import { type PaymentProvider, providerForShop } from "./provider.js";

/**
 * Opens (or reopens) the provider checkout for a pay-first order. One payment row per order, created
 * before the provider is called, so a notification can always find what it pays for.
 */
export async function startCheckout(
  deps: { db: Db; clock: () => number; providers: Record<string, PaymentProvider>; publicUrl: string },
  orderId: string,
): Promise<CheckoutResponse> {
  const { db } = deps;
  const order = await db.selectFrom("orders").selectAll().where("id", "=", orderId).executeTakeFirstOrThrow();
  if (order.paymentMethod !== "online" || order.status !== "pending_payment") {
    throw new HttpError(409, "payment_not_needed", "This order is not waiting for an online payment");
  }
  const shop = await findShop(db, order.shopId);
  if (!shop) throw new Error(`order ${orderId} has no shop`);
  const provider = providerForShop(deps.providers, shop.paymentProvider);
  const now = deps.clock();
  await db
    .insertInto("payments")
    .values({
      id: randomUUID(),
      shopId: order.shopId,
      orderId,
      provider: provider.name,
      providerRef: null,
      amount: order.total,
      currency: order.currency,
      status: "pending",
      tender: null,
      checkoutUrl: null,
      createdAt: now,
      updatedAt: now,
      paidAt: null,
    })
    .onConflict((oc) => oc.column("orderId").doNothing())
    .execute();
  const payment = await db
    .selectFrom("payments")
    .selectAll()
    .where("orderId", "=", orderId)
    .executeTakeFirstOrThrow();
  if (payment.checkoutUrl) return { checkoutUrl: payment.checkoutUrl, paymentId: payment.id };

  const checkout = await provider.createCheckout({
    paymentId: payment.id,
    amount: payment.amount,
    currency: payment.currency,
    merchantName: shop.name,
    locale: shop.locale,
    returnUrl: `${deps.publicUrl}/orders/${orderId}`,
  });
  // Two taps at once may both create a checkout; the first one stored wins and the other is never shown.
  await db
    .updateTable("payments")
    .set({ providerRef: checkout.providerRef, checkoutUrl: checkout.checkoutUrl, updatedAt: deps.clock() })
    .where("id", "=", payment.id)
    .where("checkoutUrl", "is", null)
    .execute();
  const stored = await db
    .selectFrom("payments")
    .select(["checkoutUrl"])
    .where("id", "=", payment.id)
    .executeTakeFirstOrThrow();
  return { checkoutUrl: stored.checkoutUrl ?? checkout.checkoutUrl, paymentId: payment.id };
}
