import { randomUUID } from "node:crypto";
import { checkoutRequestSchema, markPaidRequestSchema } from "@tabletap/shared";
import { Router } from "express";
import { type Db, isUniqueViolation } from "../../db/database.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import { uuidParam } from "../../http/ids.js";
import type { Publisher } from "../../realtime/publisher.js";
import { currentStaff, requireOrderToken, type StaffIdentity } from "../auth/index.js";
import { findOrders, publicOrder, transitionOrder } from "../orders/index.js";
import { checkTip, startCheckout } from "./checkout.js";
import type { PaymentProvider } from "./provider.js";

export interface PaymentRouteDeps {
  db: Db;
  clock: () => number;
  publicUrl: string;
  publisher: Publisher;
  providers: Record<string, PaymentProvider>;
}

/** Diner: open the provider's checkout for a pay-first order. */
export function dinerPaymentRoutes(deps: PaymentRouteDeps): Router {
  const router = Router();
  router.post("/orders/:id/checkout", async (req, res) => {
    const orderId = await requireOrderToken(deps.db, req, req.params.id);
    // The body is optional: clients from before tips send none.
    const { tip } = parseOr400(checkoutRequestSchema, req.body ?? {}, "checkout");
    res.status(201).json(await startCheckout(deps, orderId, tip));
  });
  return router;
}

/** Staff: the diner paid at the counter, in cash or by card. */
export function merchantPaymentRoutes(deps: PaymentRouteDeps): Router {
  const router = Router();
  router.post("/orders/:id/paid", async (req, res) => {
    const staff = currentStaff(res.locals);
    const { tender, tip = 0 } = parseOr400(markPaidRequestSchema, req.body, "payment");
    const orderId = uuidParam(req.params.id, "No such order in this shop");
    await recordCounterPayment(deps, { staff, orderId, tender, tip });
    const [order] = await findOrders(deps.db, { by: "id", shopId: staff.shopId, orderId });
    if (!order) throw new Error(`order ${orderId} vanished after commit`);
    deps.publisher.orderUpdated(publicOrder(order));
    res.json({ order: publicOrder(order) });
  });
  return router;
}

async function recordCounterPayment(
  deps: PaymentRouteDeps,
  { staff, orderId, tender, tip }: { staff: StaffIdentity; orderId: string; tender: string; tip: number },
): Promise<void> {
  const already = () =>
    new HttpError(409, "payment_not_needed", "This order is not waiting to be paid at the counter");
  try {
    await deps.db.transaction().execute(async (trx) => {
      const order = await trx
        .selectFrom("orders")
        .selectAll()
        .where("shopId", "=", staff.shopId)
        .where("id", "=", orderId)
        .executeTakeFirst();
      if (!order) throw new HttpError(404, "not_found", "No such order in this shop");
      if (
        order.paymentMethod !== "counter" ||
        order.paymentStatus !== "unpaid" ||
        ["cancelled", "expired"].includes(order.status)
      ) {
        throw already();
      }
      checkTip(tip, order.total);
      const now = deps.clock();
      // Kept apart from total so sales never include it; the payment takes both.
      await trx.updateTable("orders").set({ tip }).where("id", "=", orderId).execute();
      // unique(order_id) makes a second tap (or a second tablet) fail instead of recording two payments.
      await trx
        .insertInto("payments")
        .values({
          id: randomUUID(),
          shopId: staff.shopId,
          orderId,
          provider: "counter",
          providerRef: null,
          amount: order.total + tip,
          currency: order.currency,
          status: "paid",
          tender,
          checkoutUrl: null,
          createdAt: now,
          updatedAt: now,
          paidAt: now,
        })
        .execute();
      const status = order.status as Parameters<typeof transitionOrder>[1]["to"];
      await transitionOrder(trx, {
        shopId: staff.shopId,
        orderId,
        to: status,
        staffId: staff.id,
        now,
        paymentStatus: "paid",
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw already();
    throw error;
  }
}
