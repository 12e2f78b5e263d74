import { randomUUID } from "node:crypto";
import { UnrecoverableError } from "bullmq";
import type { Db } from "../../db/database.js";
import type { JobHandlers } from "../../queue/workers.js";
import type { Publisher } from "../../realtime/publisher.js";

export interface NotificationDeps {
  db: Db;
  publisher: Publisher;
  clock: () => number;
}

/**
 * "Your order is ready" for the diner. A row per (order, kind, channel) marks it sent once delivered,
 * so a job BullMQ runs twice (at-least-once) does not notify twice after a success.
 */
export function notificationHandlers(deps: NotificationDeps): Pick<JobHandlers, "order.ready"> {
  return {
    "order.ready": async ({ orderId }) => {
      const order = await deps.db
        .selectFrom("orders")
        .select(["status", "pickupNumber"])
        .where("id", "=", orderId)
        .executeTakeFirst();
      // The outbox row was written with the order, so a missing order is a bug that no retry can fix.
      if (!order) throw new UnrecoverableError(`order ${orderId} not found for its ready notification`);
      if (order.status !== "ready") return; // already collected or cancelled: telling the diner now would mislead
      await deps.db
        .insertInto("notifications")
        .values({
          id: randomUUID(),
          orderId,
          kind: "order_ready",
          channel: "socket",
          status: "pending",
          createdAt: deps.clock(),
        })
        .onConflict((oc) => oc.columns(["orderId", "kind", "channel"]).doNothing())
        .execute();
      const sent = await deps.db
        .selectFrom("notifications")
        .select("status")
        .where("orderId", "=", orderId)
        .where("kind", "=", "order_ready")
        .where("channel", "=", "socket")
        .executeTakeFirstOrThrow();
      if (sent.status === "sent") return;
      deps.publisher.dinerNotified({ kind: "order_ready", orderId, pickupNumber: order.pickupNumber });
      await deps.db
        .updateTable("notifications")
        .set({ status: "sent" })
        .where("orderId", "=", orderId)
        .where("kind", "=", "order_ready")
        .where("channel", "=", "socket")
        .execute();
    },
  };
}
