import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.js";

/**
 * Runs `send` unless this (order, kind, channel) was already delivered. The row is marked sent only after
 * `send` returns, so a crash in between means one more delivery, never none (at-least-once, then done).
 */
export async function deliverOnce(
  deps: { db: Db; clock: () => number },
  key: { orderId: string; kind: string; channel: string },
  send: () => Promise<void>,
): Promise<void> {
  const { db } = deps;
  await db
    .insertInto("notifications")
    .values({ id: randomUUID(), ...key, status: "pending", createdAt: deps.clock() })
    .onConflict((oc) => oc.columns(["orderId", "kind", "channel"]).doNothing())
    .execute();
  const row = await db
    .selectFrom("notifications")
    .select("status")
    .where("orderId", "=", key.orderId)
    .where("kind", "=", key.kind)
    .where("channel", "=", key.channel)
    .executeTakeFirstOrThrow();
  if (row.status === "sent") return;
  await send();
  await db
    .updateTable("notifications")
    .set({ status: "sent" })
    .where("orderId", "=", key.orderId)
    .where("kind", "=", key.kind)
    .where("channel", "=", key.channel)
    .execute();
}
