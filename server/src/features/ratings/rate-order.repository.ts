import { randomUUID } from "node:crypto";
import type { Insertable } from "kysely";
import type { Db } from "../../db/database.js";
import type { DishRatingsTable } from "../../db/schema.js";

/** The shop and status of the order being rated. */
export const findRatedOrder = (trx: Db, orderId: string) =>
  trx.selectFrom("orders").select(["shopId", "status"]).where("id", "=", orderId).executeTakeFirstOrThrow();

/** Of the given lines, those that belong to the order, each with the dish it was. */
export async function orderLineItems(
  trx: Db,
  orderId: string,
  lineIds: string[],
): Promise<Map<string, string>> {
  const lines = await trx
    .selectFrom("orderLines")
    .select(["id", "itemId"])
    .where("orderId", "=", orderId)
    .where("id", "in", lineIds)
    .execute();
  return new Map(lines.map((line) => [line.id, line.itemId]));
}

/** Whether any of these lines has a rating already. */
export async function anyLineRated(trx: Db, lineIds: string[]): Promise<boolean> {
  const rated = await trx
    .selectFrom("dishRatings")
    .select("orderLineId")
    .where("orderLineId", "in", lineIds)
    .executeTakeFirst();
  return rated !== undefined;
}

/** Stores ratings; a line rated twice throws a unique violation. */
export async function insertRatings(
  trx: Db,
  ratings: Omit<Insertable<DishRatingsTable>, "id">[],
): Promise<void> {
  await trx
    .insertInto("dishRatings")
    .values(ratings.map((rating) => ({ id: randomUUID(), ...rating })))
    .execute();
}
