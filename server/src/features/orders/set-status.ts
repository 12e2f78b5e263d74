import { randomUUID } from "node:crypto";
import { canTransition, type Order, type OrderStatus, type StaffSettableStatus } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
import { enqueueInTransaction } from "../../queue/outbox.js";
import { nextSeq } from "../shops/shops.repository.js";
import { findOrders, publicOrder } from "./orders.repository.js";

export interface SetStatusDeps {
  db: Db;
  clock: () => number;
}

/**
 * Moves an order one step along its status machine. The update only applies if the status is still the one
 * read, so two staff tapping at once can't both win; "ready" queues the diner notification in the same commit.
 */
export async function setOrderStatus(
  deps: SetStatusDeps,
  change: { shopId: string; orderId: string; to: StaffSettableStatus; staffId: string },
): Promise<{ order: Order; jobQueued: boolean }> {
  const { db } = deps;
  const { shopId, orderId, to, staffId } = change;
  const now = deps.clock();
  let jobQueued = false;
  await db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom("orders")
      .select(["status"])
      .where("shopId", "=", shopId)
      .where("id", "=", orderId)
      .executeTakeFirst();
    if (!current) throw new HttpError(404, "not_found", "No such order in this shop");
    const from = current.status as OrderStatus;
    if (!canTransition(from, to)) {
      throw new HttpError(
        409,
        "invalid_transition",
        `An order that is ${from.replace("_", " ")} cannot become ${to}`,
        {
          from,
          to,
        },
      );
    }
    const seq = await nextSeq(trx, shopId);
    const result = await trx
      .updateTable("orders")
      .set({ status: to, seq, updatedAt: now })
      .where("id", "=", orderId)
      .where("status", "=", from)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw new HttpError(
        409,
        "invalid_transition",
        "Someone else changed this order first; it has been refreshed",
      );
    }
    await trx
      .insertInto("orderStatusChanges")
      .values({ id: randomUUID(), orderId, shopId, fromStatus: from, toStatus: to, staffId, at: now })
      .execute();
    if (to === "ready") {
      await enqueueInTransaction(trx, { name: "order.ready", payload: { orderId, shopId }, now });
      jobQueued = true;
    }
  });
  const [order] = await findOrders(db, { by: "id", shopId, orderId });
  if (!order) throw new Error(`order ${orderId} vanished after commit`);
  return { order: publicOrder(order), jobQueued };
}
