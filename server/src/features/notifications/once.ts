import type { Db } from "../../db/database.js";
import { claimDelivery, type DeliveryKey, markDelivered } from "./deliveries.repository.js";

/**
 * Runs `send` unless this (order, kind, channel) was already delivered. The row is marked sent only after
 * `send` returns, so a crash in between means one more delivery, never none (at-least-once, then done).
 */
export async function deliverOnce(
  deps: { db: Db; clock: () => number },
  key: DeliveryKey,
  send: () => Promise<void>,
): Promise<void> {
  const { sent } = await claimDelivery(deps.db, key, deps.clock());
  if (sent) return;
  await send();
  await markDelivered(deps.db, key);
}
