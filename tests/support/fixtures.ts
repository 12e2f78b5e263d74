import { randomBytes } from "node:crypto";
import { createShop, type MenuSeed } from "@tabletap/server/features/shop-setup/create-shop";
import type { MenuItem, PaymentMode, TableMenu } from "@tabletap/shared";
import type { TestServer } from "./test-server.js";

export const testMenu: MenuSeed[] = [
  {
    name: "Drinks",
    items: [
      {
        name: "Latte",
        price: 2800,
        groups: [
          {
            name: "Size",
            min: 1,
            max: 1,
            options: [
              ["Regular", 0],
              ["Large", 400],
            ],
          },
          {
            name: "Milk",
            min: 0,
            max: 1,
            options: [
              ["Oat milk", 300],
              ["Soy milk", 200],
            ],
          },
        ],
      },
      { name: "Tea", price: 1500 },
      { name: "Lemonade", price: 1200, soldOut: true },
    ],
  },
  { name: "Food", items: [{ name: "Dumplings", price: 3200 }] },
];

export interface TestShop {
  shopId: string;
  slug: string;
  owner: { email: string; password: string };
  tableToken: string;
  counterToken: string;
  tables: { id: string; label: string; token: string; kind: string }[];
  menu: TableMenu;
  item: (name: string) => MenuItem;
  option: (itemName: string, optionName: string) => string;
}

/** A shop with an owner, three tables, a counter and the test menu, created through the server's own code. */
export async function createTestShop(
  server: Pick<TestServer, "db" | "url">,
  options: {
    currency?: string;
    locale?: string;
    timezone?: string;
    paymentMode?: PaymentMode;
    paymentProvider?: string;
  } = {},
): Promise<TestShop> {
  const slug = `shop-${randomBytes(4).toString("hex")}`;
  const owner = { email: `owner@${slug}.test`, password: "correct horse battery staple" };
  const { shopId } = await createShop(server.db, {
    name: `Shop ${slug}`,
    slug,
    currency: options.currency ?? "CNY",
    locale: options.locale ?? "zh-CN",
    timezone: options.timezone ?? "Asia/Shanghai",
    paymentMode: options.paymentMode ?? "pay_at_counter",
    ...(options.paymentProvider ? { paymentProvider: options.paymentProvider } : {}),
    owner,
    tableCount: 3,
    menu: testMenu,
    now: Date.now(),
  });
  const tables = await server.db
    .selectFrom("tables")
    .select(["id", "label", "token", "kind"])
    .where("shopId", "=", shopId)
    .orderBy("position")
    .execute();
  const tableToken = tables.find((t) => t.label === "T1")?.token ?? "";
  const counterToken = tables.find((t) => t.kind === "counter")?.token ?? "";
  const menu = (await (await fetch(`${server.url}/api/tables/${tableToken}`)).json()) as TableMenu;
  const items = menu.categories.flatMap((category) => category.items);
  const item = (name: string) => {
    const found = items.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no item ${name}`);
    return found;
  };
  const option = (itemName: string, optionName: string) => {
    const found = item(itemName)
      .optionGroups.flatMap((group) => group.options)
      .find((candidate) => candidate.name === optionName);
    if (!found) throw new Error(`no option ${optionName} on ${itemName}`);
    return found.id;
  };
  return { shopId, slug, owner, tableToken, counterToken, tables, menu, item, option };
}
