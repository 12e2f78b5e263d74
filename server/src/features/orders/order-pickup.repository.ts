import type { Db } from "../../db/database.js";

/** An order's status and pickup number: what a "your order is ready" notice needs to know. */
export const findOrderPickup = (db: Db, orderId: string) =>
  db.selectFrom("orders").select(["status", "pickupNumber"]).where("id", "=", orderId).executeTakeFirst();
