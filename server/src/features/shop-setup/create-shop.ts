import { randomUUID } from "node:crypto";
import type { TableKind } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { hashPassword } from "../auth/index.js";
import { insertMenu, type MenuSeed } from "../menu/index.js";
import { insertShop, type NewShopRow } from "../shops/index.js";
import { addStaffMember } from "../staff/index.js";
import { insertTables } from "../tables/index.js";

export type { MenuSeed } from "../menu/index.js";

/** A new shop's own settings, its owner's sign-in, how many tables, and optionally a menu. */
export interface NewShop
  extends Pick<NewShopRow, "name" | "slug" | "currency" | "locale" | "timezone" | "paymentMode"> {
  /** Online payment provider; the embedded sandbox unless set. */
  paymentProvider?: string;
  owner: { email: string; password: string };
  tableCount: number;
  menu?: MenuSeed[];
  now: number;
}

/** Creates a shop with its owner, tables T1..Tn, a takeaway counter and an optional menu, in one transaction. */
export async function createShop(db: Db, shop: NewShop): Promise<{ shopId: string; ownerId: string }> {
  const shopId = randomUUID();
  const ownerId = randomUUID();
  const passwordHash = await hashPassword(shop.owner.password);
  await db.transaction().execute(async (trx) => {
    const { name, slug, currency, locale, timezone, paymentMode, now } = shop;
    await insertShop(trx, {
      id: shopId,
      name,
      slug,
      currency,
      locale,
      timezone,
      paymentMode,
      paymentProvider: shop.paymentProvider ?? "sandbox",
      createdAt: now,
    });
    await addStaffMember(trx, {
      shopId,
      id: ownerId,
      email: shop.owner.email,
      passwordHash,
      role: "owner",
      now,
    });
    const tables: { label: string; kind: TableKind }[] = Array.from({ length: shop.tableCount }, (_, i) => ({
      label: `T${i + 1}`,
      kind: "table",
    }));
    tables.push({ label: "Counter", kind: "counter" });
    await insertTables(trx, shopId, tables, now);
    if (shop.menu) await insertMenu(trx, shopId, shop.menu);
  });
  return { shopId, ownerId };
}
