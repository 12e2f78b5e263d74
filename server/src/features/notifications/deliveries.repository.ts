import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.js";

/** One delivery of one kind of notice about an order over one channel. */
export interface DeliveryKey {
  orderId: string;
  kind: string;
  channel: string;
}

/** Records the delivery as pending unless it is already recorded, and says whether it was sent. */
export async function claimDelivery(db: Db, key: DeliveryKey, now: number): Promise<{ sent: boolean }> {
  await db
    .insertInto("notifications")
    .values({ id: randomUUID(), ...key, status: "pending", createdAt: now })
    .onConflict((oc) => oc.columns(["orderId", "kind", "channel"]).doNothing())
    .execute();
  const row = await db
    .selectFrom("notifications")
    .select("status")
    .where("orderId", "=", key.orderId)
    .where("kind", "=", key.kind)
    .where("channel", "=", key.channel)
    .executeTakeFirstOrThrow();
  return { sent: row.status === "sent" };
}

export async function markDelivered(db: Db, key: DeliveryKey): Promise<void> {
  await db
    .updateTable("notifications")
    .set({ status: "sent" })
    .where("orderId", "=", key.orderId)
    .where("kind", "=", key.kind)
    .where("channel", "=", key.channel)
    .execute();
}
