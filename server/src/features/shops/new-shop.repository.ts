import type { PaymentMode, Shop } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { toShop } from "./shops.repository.js";

/** The shop's own row, as a new shop starts: no orders yet, so its change numbers start at 0. */
export interface NewShopRow {
  id: string;
  name: string;
  slug: string;
  currency: string;
  locale: string;
  timezone: string;
  paymentMode: PaymentMode;
  paymentProvider: string;
  createdAt: number;
}

export async function insertShop(trx: Db, shop: NewShopRow): Promise<void> {
  await trx
    .insertInto("shops")
    .values({ ...shop, lastSeq: 0 })
    .execute();
}

export async function findShopBySlug(db: Db, slug: string): Promise<Shop | undefined> {
  const row = await db.selectFrom("shops").selectAll().where("slug", "=", slug).executeTakeFirst();
  return row && toShop(row);
}

/** True once any shop exists: the demo shop is only seeded on an empty database. */
export async function anyShopExists(db: Db): Promise<boolean> {
  return (await db.selectFrom("shops").select("id").limit(1).executeTakeFirst()) !== undefined;
}
