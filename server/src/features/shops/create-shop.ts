import { randomUUID } from "node:crypto";
import type { PaymentMode, StaffRole } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { newToken } from "../../lib/tokens.js";
import { hashPassword } from "../auth/index.js";

export interface MenuSeed {
  name: string;
  items: {
    name: string;
    description?: string;
    price: number;
    soldOut?: boolean;
    groups?: { name: string; min: number; max: number; options: [name: string, priceDelta: number][] }[];
  }[];
}

export interface NewShop {
  name: string;
  slug: string;
  currency: string;
  locale: string;
  timezone: string;
  paymentMode: PaymentMode;
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
    await trx
      .insertInto("shops")
      .values({
        id: shopId,
        name,
        slug,
        currency,
        locale,
        timezone,
        paymentMode,
        paymentProvider: shop.paymentProvider ?? "sandbox",
        lastSeq: 0,
        createdAt: now,
      })
      .execute();
    await addStaff(trx, { shopId, id: ownerId, email: shop.owner.email, passwordHash, role: "owner", now });
    const tables = Array.from({ length: shop.tableCount }, (_, i) => ({ label: `T${i + 1}`, kind: "table" }));
    tables.push({ label: "Counter", kind: "counter" });
    await trx
      .insertInto("tables")
      .values(
        tables.map((table, position) => ({
          id: randomUUID(),
          shopId,
          label: table.label,
          kind: table.kind,
          token: newToken(),
          active: 1,
          position,
          createdAt: now,
        })),
      )
      .execute();
    if (shop.menu) await insertMenu(trx, shopId, shop.menu);
  });
  return { shopId, ownerId };
}

async function addStaff(
  trx: Db,
  staff: { shopId: string; id: string; email: string; passwordHash: string; role: StaffRole; now: number },
) {
  const { shopId, id, passwordHash, role, now } = staff;
  await trx
    .insertInto("staff")
    .values({ id, shopId, email: staff.email.toLowerCase(), passwordHash, role, createdAt: now })
    .execute();
}

async function insertMenu(trx: Db, shopId: string, menu: MenuSeed[]): Promise<void> {
  for (const [categoryPosition, category] of menu.entries()) {
    const categoryId = randomUUID();
    await trx
      .insertInto("categories")
      .values({ id: categoryId, shopId, name: category.name, position: categoryPosition })
      .execute();
    for (const [itemPosition, item] of category.items.entries()) {
      const itemId = randomUUID();
      await trx
        .insertInto("items")
        .values({
          id: itemId,
          shopId,
          categoryId,
          name: item.name,
          description: item.description ?? "",
          price: item.price,
          position: itemPosition,
          soldOut: item.soldOut ? 1 : 0,
          hidden: 0,
        })
        .execute();
      for (const [groupPosition, group] of (item.groups ?? []).entries()) {
        const groupId = randomUUID();
        await trx
          .insertInto("optionGroups")
          .values({
            id: groupId,
            shopId,
            itemId,
            name: group.name,
            minChoices: group.min,
            maxChoices: group.max,
            position: groupPosition,
          })
          .execute();
        await trx
          .insertInto("options")
          .values(
            group.options.map(([name, priceDelta], position) => ({
              id: randomUUID(),
              shopId,
              groupId,
              name,
              priceDelta,
              position,
            })),
          )
          .execute();
      }
    }
  }
}
