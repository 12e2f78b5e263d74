import type { MerchantMenu, TableMenu } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, placeOrder } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { addCategory, addItem, itemIn, merchantMenu } from "../support/menu.js";
import { call } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let other: TestShop;
let owner: string;
let otherOwner: string;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  other = await createTestShop(server);
  owner = await login(server.url, shop.owner.email, shop.owner.password);
  otherOwner = await login(server.url, other.owner.email, other.owner.password);
});
afterAll(() => server?.stop());

const dinerMenu = async (token = shop.tableToken) =>
  (await getJson<TableMenu>(`${server.url}/api/tables/${token}`)).body;
const names = (menu: { categories: { name: string; items: { name: string }[] }[] }) =>
  menu.categories.map((category) => `${category.name}: ${category.items.map((i) => i.name).join(", ")}`);
const edit = (method: string, path: string, body?: unknown, cookie = owner) =>
  call<{ id?: string; error?: { code: string; message: string } }>(server, method, path, { cookie, body });

describe("menu editing", () => {
  it("adds a category and items, edits them, and the diner menu shows exactly what is visible", async () => {
    const desserts = await addCategory(server, owner, "  Desserts ");
    const cake = await addItem(server, owner, { categoryId: desserts, name: "Cheesecake", price: 3600 });
    await addItem(server, owner, { categoryId: desserts, name: "Sorbet", price: 2400, description: "Mango" });

    let menu = await merchantMenu(server, owner);
    expect(menu.categories.at(-1)).toMatchObject({ name: "Desserts", hidden: false });
    expect(itemIn(menu, "Cheesecake")).toMatchObject({
      price: 3600,
      soldOut: false,
      hidden: false,
      photo: null,
    });

    expect(
      (await edit("PATCH", `/api/merchant/menu/items/${cake}`, { price: 3900, name: "Basque cheesecake" }))
        .status,
    ).toBe(204);
    expect(itemIn(await merchantMenu(server, owner), "Basque cheesecake").price).toBe(3900);
    expect(names(await dinerMenu())).toContain("Desserts: Basque cheesecake, Sorbet");

    // Hiding an item keeps it in the console and takes it off the diner's menu.
    await edit("PATCH", `/api/merchant/menu/items/${cake}`, { hidden: true });
    expect(itemIn(await merchantMenu(server, owner), "Basque cheesecake").hidden).toBe(true);
    expect(names(await dinerMenu())).toContain("Desserts: Sorbet");

    // Hiding the category hides everything in it.
    await edit("PATCH", `/api/merchant/menu/categories/${desserts}`, { hidden: true, name: "Sweets" });
    expect(
      names(await dinerMenu()).some((line) => line.startsWith("Desserts") || line.startsWith("Sweets")),
    ).toBe(false);
    menu = await merchantMenu(server, owner);
    expect(menu.categories.find((c) => c.id === desserts)).toMatchObject({ name: "Sweets", hidden: true });
  });

  it("reorders categories, items, option groups and options by position", async () => {
    const first = await addCategory(server, owner, "Reorder A");
    const a1 = await addItem(server, owner, { categoryId: first, name: "A1", price: 100 });
    const a2 = await addItem(server, owner, { categoryId: first, name: "A2", price: 100 });
    const a3 = await addItem(server, owner, { categoryId: first, name: "A3", price: 100 });
    expect((await edit("PATCH", `/api/merchant/menu/items/${a3}`, { position: 0 })).status).toBe(204);
    let menu = await merchantMenu(server, owner);
    expect(menu.categories.find((c) => c.id === first)?.items.map((i) => i.id)).toEqual([a3, a1, a2]);

    // A position past the end means last; a category moved to 0 comes first on both menus.
    await edit("PATCH", `/api/merchant/menu/items/${a3}`, { position: 99 });
    await edit("PATCH", `/api/merchant/menu/categories/${first}`, { position: 0 });
    menu = await merchantMenu(server, owner);
    expect(menu.categories[0]?.items.map((i) => i.id)).toEqual([a1, a2, a3]);
    expect((await dinerMenu()).categories[0]?.id).toBe(first);

    const size = await edit("POST", `/api/merchant/menu/items/${a1}/option-groups`, {
      name: "Size",
      minChoices: 1,
      maxChoices: 1,
    });
    const spice = await edit("POST", `/api/merchant/menu/items/${a1}/option-groups`, {
      name: "Spice",
      minChoices: 0,
      maxChoices: 2,
    });
    const small = await edit("POST", `/api/merchant/menu/option-groups/${size.body.id}/options`, {
      name: "Small",
    });
    const large = await edit("POST", `/api/merchant/menu/option-groups/${size.body.id}/options`, {
      name: "Large",
      priceDelta: 500,
    });
    await edit("PATCH", `/api/merchant/menu/option-groups/${spice.body.id}`, { position: 0 });
    await edit("PATCH", `/api/merchant/menu/options/${large.body.id}`, { position: 0, priceDelta: 450 });
    const item = itemIn(await merchantMenu(server, owner), "A1");
    expect(item.optionGroups.map((g) => g.name)).toEqual(["Spice", "Size"]);
    expect(item.optionGroups[1]?.options).toEqual([
      { id: large.body.id, name: "Large", priceDelta: 450, translations: { "zh-CN": { name: "Large" } } },
      { id: small.body.id, name: "Small", priceDelta: 0, translations: { "zh-CN": { name: "Small" } } },
    ]);
  });

  it("moves an item to another category, at its end", async () => {
    const from = await addCategory(server, owner, "Move from");
    const to = await addCategory(server, owner, "Move to");
    const stays = await addItem(server, owner, { categoryId: to, name: "Already here", price: 100 });
    const moves = await addItem(server, owner, { categoryId: from, name: "Moving", price: 100 });
    expect((await edit("PATCH", `/api/merchant/menu/items/${moves}`, { categoryId: to })).status).toBe(204);
    const menu = await merchantMenu(server, owner);
    expect(menu.categories.find((c) => c.id === to)?.items.map((i) => i.id)).toEqual([stays, moves]);
    expect(menu.categories.find((c) => c.id === from)?.items).toEqual([]);
  });

  it("deletes a category only when it is empty; a deleted item stays on the orders that have it", async () => {
    const category = await addCategory(server, owner, "Seasonal");
    const item = await addItem(server, owner, { categoryId: category, name: "Pumpkin soup", price: 2800 });
    const placed = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [{ itemId: item, quantity: 1, optionIds: [] }],
    });
    expect(placed.status).toBe(201);

    const refused = await edit("DELETE", `/api/merchant/menu/categories/${category}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe("category_not_empty");

    expect((await edit("DELETE", `/api/merchant/menu/items/${item}`)).status).toBe(204);
    expect((await edit("DELETE", `/api/merchant/menu/categories/${category}`)).status).toBe(204);
    const menu = await merchantMenu(server, owner);
    expect(menu.categories.some((c) => c.id === category)).toBe(false);
    const lines = await server.db
      .selectFrom("orderLines")
      .selectAll()
      .where("orderId", "=", placed.body.order.id)
      .execute();
    expect(lines).toMatchObject([{ itemId: item, name: "Pumpkin soup", unitPrice: 2800 }]);
    expect((await edit("PATCH", `/api/merchant/menu/items/${item}`, { price: 1 })).status).toBe(404);
  });

  it("deletes option groups and options", async () => {
    const latte = shop.item("Latte");
    const milk = latte.optionGroups.find((g) => g.name === "Milk");
    const size = latte.optionGroups.find((g) => g.name === "Size");
    expect((await edit("DELETE", `/api/merchant/menu/options/${shop.option("Latte", "Large")}`)).status).toBe(
      204,
    );
    expect((await edit("DELETE", `/api/merchant/menu/option-groups/${milk?.id}`)).status).toBe(204);
    const now = itemIn(await merchantMenu(server, owner), "Latte");
    expect(now.optionGroups).toEqual([
      {
        id: size?.id,
        name: "Size",
        minChoices: 1,
        maxChoices: 1,
        translations: { "zh-CN": { name: "Size" } },
        options: [
          {
            id: size?.options[0]?.id,
            name: "Regular",
            priceDelta: 0,
            translations: { "zh-CN": { name: "Regular" } },
          },
        ],
      },
    ]);
    const options = await server.db
      .selectFrom("options")
      .select("id")
      .where("groupId", "=", milk?.id ?? "")
      .execute();
    expect(options).toEqual([]);
  });
});

describe("menu validation", () => {
  const categoryId = () => shop.menu.categories[0]?.id ?? "";
  const cases: [string, string, string, unknown][] = [
    ["unknown field", "POST", "/api/merchant/menu/categories", { name: "X", colour: "red" }],
    ["empty name", "POST", "/api/merchant/menu/categories", { name: "   " }],
    ["name with a newline", "POST", "/api/merchant/menu/categories", { name: "Two\nlines" }],
    ["overlong name", "POST", "/api/merchant/menu/categories", { name: "x".repeat(81) }],
    ["fractional price", "POST", "/api/merchant/menu/items", { categoryId: "{cat}", name: "X", price: 12.5 }],
    ["negative price", "POST", "/api/merchant/menu/items", { categoryId: "{cat}", name: "X", price: -1 }],
    ["price as text", "POST", "/api/merchant/menu/items", { categoryId: "{cat}", name: "X", price: "12" }],
    ["sold out via item edit", "PATCH", "/api/merchant/menu/items/{item}", { soldOut: true }],
    ["empty change", "PATCH", "/api/merchant/menu/items/{item}", {}],
    ["negative position", "PATCH", "/api/merchant/menu/items/{item}", { position: -1 }],
    [
      "min above max",
      "POST",
      "/api/merchant/menu/items/{item}/option-groups",
      { name: "S", minChoices: 2, maxChoices: 1 },
    ],
    [
      "max of zero",
      "POST",
      "/api/merchant/menu/items/{item}/option-groups",
      { name: "S", minChoices: 0, maxChoices: 0 },
    ],
    ["min above existing max", "PATCH", "/api/merchant/menu/option-groups/{group}", { minChoices: 2 }],
    [
      "fractional delta",
      "POST",
      "/api/merchant/menu/option-groups/{group}/options",
      { name: "O", priceDelta: 0.5 },
    ],
    ["sold out as text", "POST", "/api/merchant/menu/items/{item}/sold-out", { soldOut: "yes" }],
  ];

  it.each(cases)(
    "refuses %s with 400 validation_failed and changes nothing",
    async (_name, method, path, body) => {
      const tea = shop.item("Tea");
      const group = shop.item("Latte").optionGroups.find((g) => g.name === "Size")?.id ?? "";
      const fill = (text: string) =>
        text.replace("{cat}", categoryId()).replace("{item}", tea.id).replace("{group}", group);
      const before = await merchantMenu(server, owner);
      const filledBody = JSON.parse(fill(JSON.stringify(body)));
      const result = await edit(method, fill(path), filledBody);
      expect(result.status).toBe(400);
      expect(result.body.error?.code).toBe("validation_failed");
      expect(result.body.error?.message).toMatch(/\S/);
      expect(await merchantMenu(server, owner)).toEqual(before);
    },
  );

  it("refuses malformed JSON and non-JSON bodies", async () => {
    const response = await fetch(`${server.url}/api/merchant/menu/categories`, {
      method: "POST",
      headers: { Cookie: owner, "Content-Type": "application/json" },
      body: "{name:",
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("invalid_json");
    const form = await fetch(`${server.url}/api/merchant/menu/categories`, {
      method: "POST",
      headers: { Cookie: owner, "Content-Type": "application/x-www-form-urlencoded" },
      body: "name=x",
    });
    expect(form.status).toBe(415);
  });

  it("is documented in the OpenAPI document", async () => {
    const doc = (
      await getJson<{ paths: Record<string, Record<string, unknown>> }>(`${server.url}/api/openapi.json`)
    ).body;
    for (const path of [
      "/api/merchant/menu",
      "/api/merchant/menu/categories",
      "/api/merchant/menu/categories/{id}",
      "/api/merchant/menu/items",
      "/api/merchant/menu/items/{id}",
      "/api/merchant/menu/items/{id}/sold-out",
      "/api/merchant/menu/items/{id}/photo",
      "/api/merchant/menu/items/{id}/option-groups",
      "/api/merchant/menu/option-groups/{id}",
      "/api/merchant/menu/option-groups/{id}/options",
      "/api/merchant/menu/options/{id}",
      "/api/menu-photos/{file}",
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});

describe("another shop's menu", () => {
  it("answers 404 for every id of another shop and changes nothing there", async () => {
    const theirs: MerchantMenu = await merchantMenu(server, otherOwner);
    const theirVersion = theirs.menuVersion;
    const category = theirs.categories[0]?.id ?? "";
    const latte = itemIn(theirs, "Latte");
    const group = latte.optionGroups[0]?.id ?? "";
    const option = latte.optionGroups[0]?.options[0]?.id ?? "";
    const attempts: [string, string, unknown?][] = [
      ["PATCH", `/api/merchant/menu/categories/${category}`, { name: "Mine now" }],
      ["DELETE", `/api/merchant/menu/categories/${category}`],
      ["POST", "/api/merchant/menu/items", { categoryId: category, name: "Intruder", price: 1 }],
      ["PATCH", `/api/merchant/menu/items/${latte.id}`, { price: 1 }],
      ["PATCH", `/api/merchant/menu/items/${shop.item("Tea").id}`, { categoryId: category }],
      ["POST", `/api/merchant/menu/items/${latte.id}/sold-out`, { soldOut: true }],
      ["DELETE", `/api/merchant/menu/items/${latte.id}`],
      ["DELETE", `/api/merchant/menu/items/${latte.id}/photo`],
      [
        "POST",
        `/api/merchant/menu/items/${latte.id}/option-groups`,
        { name: "G", minChoices: 0, maxChoices: 1 },
      ],
      ["PATCH", `/api/merchant/menu/option-groups/${group}`, { name: "G" }],
      ["DELETE", `/api/merchant/menu/option-groups/${group}`],
      ["POST", `/api/merchant/menu/option-groups/${group}/options`, { name: "O" }],
      ["PATCH", `/api/merchant/menu/options/${option}`, { priceDelta: -100 }],
      ["DELETE", `/api/merchant/menu/options/${option}`],
      ["PATCH", "/api/merchant/menu/items/not-a-uuid", { price: 1 }],
    ];
    for (const [method, path, body] of attempts) {
      const result = await edit(method, path, body);
      expect(result.status, `${method} ${path}`).toBe(404);
      expect(result.body.error?.code, `${method} ${path}`).toBe("not_found");
    }
    const after = await merchantMenu(server, otherOwner);
    expect(after).toEqual({ ...theirs, menuVersion: theirVersion });
    expect(itemIn(await merchantMenu(server, owner), "Tea").categoryId).toBe(shop.item("Tea").categoryId);
  });
});
