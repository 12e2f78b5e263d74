import { describePaymentAlert, type PaymentAlert, type PaymentAlertReason } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import type { MessageTransport } from "../../lib/transports.js";
import type { Publisher } from "../../realtime/publisher.js";
import { findOrders } from "../orders/index.js";
import { findShop } from "../shops/index.js";
import { ownerEmails } from "../staff/index.js";

export interface PaymentAlertDeps {
  db: Db;
  clock: () => number;
  publisher: Publisher;
  /** Owners get the same news by email (logged unless a provider is plugged in). */
  email: MessageTransport;
}

export interface AlertCause {
  orderId: string;
  reason: PaymentAlertReason;
  /** What the provider reported, for a mismatch. */
  reported?: { amount: number; currency: string };
}

/**
 * Tells the shop's staff (the board's banner) and owners (email) about a payment that needs a person.
 * Called after the commit that recorded the cause, so what it announces is already true.
 */
export async function raisePaymentAlert(deps: PaymentAlertDeps, cause: AlertCause): Promise<void> {
  const [order] = await findOrders(deps.db, { by: "id", orderId: cause.orderId });
  if (!order) return;
  const shop = await findShop(deps.db, order.shopId);
  const facts = {
    orderId: order.id,
    pickupNumber: order.pickupNumber,
    tableLabel: order.table.label,
    reason: cause.reason,
    // What the diner was asked to pay: the tip rides on top of the total.
    amount: order.total + (order.tip ?? 0),
    currency: order.currency,
    ...(cause.reported ? { reported: cause.reported } : {}),
  };
  const { title, detail } = describePaymentAlert(facts, shop?.locale ?? "en");
  const alert: PaymentAlert = { ...facts, at: new Date(deps.clock()).toISOString(), message: detail };
  deps.publisher.paymentAlert(order.shopId, alert);

  for (const to of await ownerEmails(deps.db, order.shopId)) {
    await deps.email.send({
      to,
      subject: `${title}: order #${order.pickupNumber}`,
      text: detail,
    });
  }
}
