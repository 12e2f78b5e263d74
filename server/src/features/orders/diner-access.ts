import { timingSafeEqual } from "node:crypto";
import type { Db } from "../../db/database.js";

/** The order a diner's token opens, or undefined. Tokens are 128-bit random, unique per order. */
export async function findDinerOrderId(db: Db, orderToken: string): Promise<string | undefined> {
  if (orderToken.length < 16 || orderToken.length > 64) return undefined;
  const row = await db
    .selectFrom("orders")
    .select("id")
    .where("orderToken", "=", orderToken)
    .executeTakeFirst();
  return row?.id;
}

export const tokensMatch = (expected: string, given: string): boolean => {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
};
