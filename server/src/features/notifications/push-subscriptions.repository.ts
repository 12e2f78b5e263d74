import { randomUUID } from "node:crypto";
import type { Insertable, Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { PushSubscriptionsTable } from "../../db/schema.js";

export type PushSubscriptionRow = Selectable<PushSubscriptionsTable>;

export async function countSubscriptions(db: Db, orderId: string): Promise<number> {
  const row = await db
    .selectFrom("pushSubscriptions")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("orderId", "=", orderId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Adds a browser to an order's notices; the same browser twice stays one subscription. */
export async function insertSubscription(
  db: Db,
  subscription: Omit<Insertable<PushSubscriptionsTable>, "id">,
): Promise<void> {
  await db
    .insertInto("pushSubscriptions")
    .values({ id: randomUUID(), ...subscription })
    .onConflict((oc) => oc.columns(["orderId", "endpoint"]).doNothing())
    .execute();
}

export const findSubscriptions = (db: Db, orderId: string): Promise<PushSubscriptionRow[]> =>
  db.selectFrom("pushSubscriptions").selectAll().where("orderId", "=", orderId).execute();

export async function deleteSubscription(db: Db, id: string): Promise<void> {
  await db.deleteFrom("pushSubscriptions").where("id", "=", id).execute();
}
