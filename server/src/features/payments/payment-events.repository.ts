import type { Insertable } from "kysely";
import type { Db } from "../../db/database.js";
import type { PaymentEventsTable } from "../../db/schema.js";
import type { Notification } from "./confirmation-rules.js";

/** Stores a provider's notification once per (provider, event id); false for one already stored. */
export async function storePaymentEvent(trx: Db, event: Insertable<PaymentEventsTable>): Promise<boolean> {
  const inserted = await trx
    .insertInto("paymentEvents")
    .values(event)
    .onConflict((oc) => oc.columns(["provider", "eventId"]).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** What confirming the notification did; a later run of it finds it settled. */
export async function recordEventOutcome(trx: Db, paymentEventId: string, outcome: string): Promise<void> {
  await trx.updateTable("paymentEvents").set({ outcome }).where("id", "=", paymentEventId).execute();
}

/**
 * The notification, the payment it names and what its order owes, in one statement (a declared cross read
 * of orders): this runs once per payment, and on PostgreSQL each statement is a round trip.
 */
export function readNotification(trx: Db, paymentEventId: string): Promise<Notification> {
  return trx
    .selectFrom("paymentEvents as e")
    .leftJoin("payments as p", (join) =>
      join.onRef("p.provider", "=", "e.provider").onRef("p.providerRef", "=", "e.providerRef"),
    )
    .leftJoin("orders as o", (join) =>
      join.onRef("o.id", "=", "p.orderId").onRef("o.shopId", "=", "p.shopId"),
    )
    .select([
      "e.provider",
      "e.providerRef",
      "e.type",
      "e.amount",
      "e.currency",
      "e.outcome",
      "p.id as paymentId",
      "p.shopId",
      "p.orderId",
      "p.status as paymentStatus",
      "p.amount as paymentAmount",
      "p.currency as paymentCurrency",
      "o.total",
      "o.tip",
      "o.status as orderStatus",
    ])
    .where("e.id", "=", paymentEventId)
    .executeTakeFirstOrThrow();
}
