import type { MenuPreview, TableCart, TableMenu } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, placeOrder } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { itemIn, merchantMenu } from "../support/menu.js";
import { addLine, connectTable } from "../support/table-cart.js";
import { call } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

// The test shop is in Asia/Shanghai (UTC+8, no DST) and writes its menu in zh-CN.
let now = Date.parse("2026-12-02T08:30:00Z"); // Wednesday 16:30 in Shanghai
let server: TestServer;
let shop: TestShop;
let other: TestShop;
let owner: string;

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  shop = await createTestShop(server);
  other = await createTestShop(server);
  owner = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(() => server?.stop());

type Failure = { error?: { code: string; message: string; details?: Record<string, unknown> } };
const edit = (method: string, path: string, body?: unknown) =>
  call<Failure>(server, method, path, { cookie: owner, body });
const translate = (id: string, translations: unknown) =>
  edit("PUT", `/api/merchant/menu/translations/${id}`, { translations });
const dinerMenu = async (lang?: string, token = shop.tableToken) =>
  (await getJson<TableMenu>(`${server.url}/api/tables/${token}${lang ? `?lang=${lang}` : ""}`)).body;
const dish = (menu: TableMenu, id: string) =>
  menu.categories.flatMap((category) => category.items).find((item) => item.id === id);
const detailsOf = (result: { body: { error?: unknown } }) =>
  (result.body.error as { details?: Record<string, unknown> } | undefined)?.details ?? {};
const order = (itemId: string, target: TestShop = shop) =>
  placeOrder(server.url, { tableToken: target.tableToken, lines: [{ itemId, quantity: 1 }] });

describe("menu in several languages", () => {
  it("answers in the asked language, falls back to the shop's and says so", async () => {
    const latte = shop.item("Latte");
    const large = shop.option("Latte", "Large");
    expect(
      (await translate(latte.id, { en: { name: "Caffè latte", description: "Espresso and milk" } })).status,
    ).toBe(204);
    expect((await translate(large, { en: { name: "Large (en)" } })).status).toBe(204);
    expect((await translate(shop.shopId, { en: { name: "The Test Café" } })).status).toBe(204);
    const food = shop.menu.categories.find((category) => category.name === "Food");
    expect(
      (await translate(food?.id ?? "", { en: { name: "Food (en)" }, ja: { name: "料理" } })).status,
    ).toBe(204);

    const english = await dinerMenu("en");
    expect(english.shop.name).toBe("The Test Café");
    expect(dish(english, latte.id)).toMatchObject({
      name: "Caffè latte",
      description: "Espresso and milk",
      lang: "en",
      translations: { "zh-CN": { name: "Latte" }, en: { name: "Caffè latte" } },
    });
    expect(dish(english, latte.id)?.optionGroups[0]?.options[1]).toMatchObject({
      name: "Large (en)",
      lang: "en",
    });
    // Tea has no English: the shop's own language, marked as such.
    expect(dish(english, shop.item("Tea").id)).toMatchObject({ name: "Tea", lang: "zh-CN" });
    expect(english.categories.map((category) => category.name)).toContain("Food (en)");

    // No language, or one nobody wrote, reads the shop's own; a written one is found by its tag.
    const own = await dinerMenu();
    expect(own.shop.name).toBe(shop.menu.shop.name);
    expect(dish(own, latte.id)).toMatchObject({ name: "Latte", lang: "zh-CN" });
    expect(dish(await dinerMenu("fr"), latte.id)).toMatchObject({ name: "Latte", lang: "zh-CN" });
    expect((await dinerMenu("ja")).categories.map((category) => category.name)).toContain("料理");
    expect(dish(await dinerMenu("en-GB"), latte.id)).toMatchObject({ name: "Caffè latte", lang: "en" });

    // The console sees every language of every text.
    const editor = await merchantMenu(server, owner);
    expect(itemIn(editor, "Latte").translations).toEqual({
      "zh-CN": { name: "Latte" },
      en: { name: "Caffè latte", description: "Espresso and milk" },
    });
    expect(editor.shopNames).toEqual({
      "zh-CN": { name: shop.menu.shop.name },
      en: { name: "The Test Café" },
    });
  });

  it("keeps tickets in the kitchen's language whatever the diner reads", async () => {
    const latte = shop.item("Latte");
    const placed = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [{ itemId: latte.id, quantity: 1, optionIds: [shop.option("Latte", "Large")] }],
    });
    expect(placed.status).toBe(201);
    expect(placed.body.order.lines[0]).toMatchObject({ name: "Latte" });
    expect(JSON.stringify(placed.body.order.lines[0])).not.toContain("Caffè");
  });

  it("removes a language with an empty name, and refuses bad translations without writing", async () => {
    const tea = shop.item("Tea").id;
    await translate(tea, { en: { name: "Green tea" } });
    expect(dish(await dinerMenu("en"), tea)?.name).toBe("Green tea");
    expect((await translate(tea, { en: { name: "" } })).status).toBe(204);
    expect(dish(await dinerMenu("en"), tea)).toMatchObject({ name: "Tea", lang: "zh-CN" });

    const refused = [
      await translate(tea, { "zh-CN": { name: "茶" } }), // the shop's own language is the name itself
      await translate(tea, { zh: { name: "茶" } }),
      await translate(tea, { "not a tag": { name: "x" } }),
      await translate(tea, { en: { name: "a\u202Eb" } }),
      await translate(tea, { en: { name: "x".repeat(81) } }),
      await translate(tea, {}),
      await edit("PUT", `/api/merchant/menu/translations/${tea}`, {
        translations: { en: { name: "x" } },
        extra: 1,
      }),
    ];
    expect(refused.map((result) => [result.status, result.body.error?.code])).toEqual(
      refused.map(() => [400, "validation_failed"]),
    );
    expect((await translate(other.item("Tea").id, { en: { name: "Theirs" } })).status).toBe(404);
    expect((await translate("not-an-id", { en: { name: "x" } })).status).toBe(404);
    expect(itemIn(await merchantMenu(server, owner), "Tea").translations).toEqual({
      "zh-CN": { name: "Tea" },
    });
    expect(dish(await dinerMenu("en", other.tableToken), other.item("Tea").id)?.name).toBe("Tea");
  });

  it("forgets the texts of deleted option groups and options", async () => {
    const soy = shop.option("Latte", "Soy milk");
    const milk = shop.item("Latte").optionGroups.find((group) => group.name === "Milk")?.id ?? "";
    await translate(soy, { en: { name: "Soy" } });
    await translate(milk, { en: { name: "Milk (en)" } });
    const texts = (ids: string[]) =>
      server.db.selectFrom("menuTranslations").select("entityId").where("entityId", "in", ids).execute();
    expect(await texts([soy, milk])).toHaveLength(2);
    expect((await edit("DELETE", `/api/merchant/menu/option-groups/${milk}`)).status).toBe(204);
    expect(await texts([soy, milk])).toEqual([]);
  });
});

describe("allergens and dietary tags", () => {
  it("round-trips the codes the shop states, and refuses what is not one", async () => {
    const dumplings = shop.item("Dumplings").id;
    const stated = { allergens: ["peanuts", "gluten", "sesame"], diet: ["halal"], spicy: 2 };
    expect((await edit("PATCH", `/api/merchant/menu/items/${dumplings}`, stated)).status).toBe(204);
    expect(itemIn(await merchantMenu(server, owner), "Dumplings")).toMatchObject({
      allergens: ["gluten", "peanuts", "sesame"],
      diet: ["halal"],
      spicy: 2,
    });
    expect(dish(await dinerMenu("en"), dumplings)).toMatchObject({
      allergens: ["gluten", "peanuts", "sesame"],
      diet: ["halal"],
      spicy: 2,
    });
    expect(dish(await dinerMenu(), shop.item("Tea").id)).toMatchObject({ allergens: [], diet: [], spicy: 0 });

    for (const bad of [
      { allergens: ["peanut"] },
      { allergens: ["milk", "milk"] },
      { allergens: "peanuts" },
      { diet: ["keto"] },
      { spicy: 4 },
      { spicy: 1.5 },
    ]) {
      const result = await edit("PATCH", `/api/merchant/menu/items/${dumplings}`, bad);
      expect([result.status, result.body.error?.code]).toEqual([400, "validation_failed"]);
    }
    expect(itemIn(await merchantMenu(server, owner), "Dumplings")).toMatchObject({
      allergens: ["gluten", "peanuts", "sesame"],
      diet: ["halal"],
      spicy: 2,
    });

    // Clearing is stating "none".
    await edit("PATCH", `/api/merchant/menu/items/${dumplings}`, { allergens: [], diet: [], spicy: 0 });
    expect(dish(await dinerMenu(), dumplings)).toMatchObject({ allergens: [], diet: [], spicy: 0 });
  });
});

describe("hours", () => {
  const weekdays = [1, 2, 3, 4, 5];

  it("shows a dish that opens later today with its time, leaves out one closed for the day, refuses both like sold-out", async () => {
    const dumplings = shop.item("Dumplings").id;
    const hours = [{ days: weekdays, from: "17:00", until: "22:00" }];
    expect((await edit("PATCH", `/api/merchant/menu/items/${dumplings}`, { hours })).status).toBe(204);
    expect(itemIn(await merchantMenu(server, owner), "Dumplings").hours).toEqual(hours);

    now = Date.parse("2026-12-02T08:30:00Z"); // Wed 16:30
    expect(dish(await dinerMenu(), dumplings)?.availableFrom).toBe("17:00");
    const early = await order(dumplings);
    const soldOut = await order(shop.item("Lemonade").id);
    expect(early.status).toBe(soldOut.status);
    expect(early.body.error).toMatchObject({
      code: "not_available_now",
      details: { line: 0, itemId: dumplings, name: "Dumplings", availableFrom: "17:00" },
    });
    expect(Object.keys(detailsOf(early))).toEqual(expect.arrayContaining(Object.keys(detailsOf(soldOut))));

    now = Date.parse("2026-12-02T09:00:00Z"); // Wed 17:00 sharp: open
    expect(dish(await dinerMenu(), dumplings)?.availableFrom).toBeUndefined();
    expect((await order(dumplings)).status).toBe(201);
    now = Date.parse("2026-12-02T13:59:59Z"); // 21:59:59: still open
    expect((await order(dumplings)).status).toBe(201);

    now = Date.parse("2026-12-02T14:00:00Z"); // 22:00: closed for the rest of the day
    expect(dish(await dinerMenu(), dumplings)).toBeUndefined();
    const late = await order(dumplings);
    expect(late.status).toBe(409);
    expect(late.body.error?.code).toBe("not_available_now");
    expect(detailsOf(late)).not.toHaveProperty("availableFrom");
    // The category is left out once nothing in it can be had today.
    expect((await dinerMenu()).categories.map((category) => category.name)).not.toContain("Food");

    // Saturday 18:00 in Shanghai: a weekday dish is not on.
    now = Date.parse("2026-12-05T10:00:00Z");
    expect(dish(await dinerMenu(), dumplings)).toBeUndefined();
    expect((await order(dumplings)).status).toBe(409);
    await edit("PATCH", `/api/merchant/menu/items/${dumplings}`, { hours: [] });
    expect((await order(dumplings)).status).toBe(201);
  });

  it("reads the days on the shop's clock, not the server's", async () => {
    const drinks = shop.menu.categories.find((category) => category.name === "Drinks")?.id ?? "";
    const breakfast = [{ days: weekdays, from: "07:00", until: "11:00" }];
    expect(
      (await edit("PATCH", `/api/merchant/menu/categories/${drinks}`, { hours: breakfast })).status,
    ).toBe(204);
    const tea = shop.item("Tea").id;

    now = Date.parse("2026-12-06T23:30:00Z"); // Sunday in UTC, Monday 07:30 in Shanghai
    expect(dish(await dinerMenu(), tea)).toBeDefined();
    expect((await order(tea)).status).toBe(201);

    now = Date.parse("2026-12-04T23:30:00Z"); // Friday in UTC, Saturday 07:30 in Shanghai
    expect(dish(await dinerMenu(), tea)).toBeUndefined();
    expect((await order(tea)).body.error?.code).toBe("not_available_now");

    now = Date.parse("2026-12-07T22:59:00Z"); // Tuesday 06:59: from 07:00, category hours reach its dishes
    expect(dish(await dinerMenu(), tea)?.availableFrom).toBe("07:00");
    expect(detailsOf(await order(tea))).toMatchObject({ availableFrom: "07:00", name: "Tea" });
    await edit("PATCH", `/api/merchant/menu/categories/${drinks}`, { hours: [] });
  });

  it("keeps a closed dish out of the table's shared cart and out of pay-first orders", async () => {
    const dumplings = shop.item("Dumplings").id;
    await edit("PATCH", `/api/merchant/menu/items/${dumplings}`, {
      hours: [{ days: [0, 1, 2, 3, 4, 5, 6], from: "17:00", until: "22:00" }],
    });
    now = Date.parse("2026-12-02T08:30:00Z"); // 16:30
    const socket = connectTable(server.url, shop.tableToken);
    try {
      const refused = await addLine(socket, { itemId: dumplings, nickname: "Ana" });
      expect(refused).toMatchObject({ ok: false, error: { code: "not_available_now" } });
      now = Date.parse("2026-12-02T09:30:00Z"); // 17:30
      const added = await addLine(socket, { itemId: dumplings, nickname: "Ana" });
      expect(added.ok).toBe(true);
      const cart = (added as { ok: true; data: TableCart }).data;
      now = Date.parse("2026-12-02T14:30:00Z"); // 22:30: the cart's dish is now closed
      const placed = await placeOrder(server.url, {
        tableToken: shop.tableToken,
        lines: [{ itemId: dumplings, quantity: 1 }],
        sharedCart: { version: cart.version, nickname: "Ana" },
      });
      expect([placed.status, placed.body.error?.code]).toEqual([409, "not_available_now"]);
    } finally {
      socket.disconnect();
    }

    const payFirst = await createTestShop(server, { paymentMode: "pay_first" });
    const payOwner = await login(server.url, payFirst.owner.email, payFirst.owner.password);
    const tea = payFirst.item("Tea").id;
    await call(server, "PATCH", `/api/merchant/menu/items/${tea}`, {
      cookie: payOwner,
      body: { hours: [{ days: [3], from: "07:00", until: "11:00" }] },
    });
    now = Date.parse("2026-12-02T04:00:00Z"); // Wednesday 12:00
    const refused = await order(tea, payFirst);
    expect([refused.status, refused.body.error?.code]).toEqual([409, "not_available_now"]);
    now = Date.parse("2026-12-02T02:00:00Z"); // Wednesday 10:00
    expect((await order(tea, payFirst)).status).toBe(201);
  });

  it("refuses hours that are not a window on the clock", async () => {
    const tea = shop.item("Tea").id;
    for (const hours of [
      [{ days: [1], from: "11:00", until: "07:00" }],
      [{ days: [1], from: "7:00", until: "11:00" }],
      [{ days: [7], from: "07:00", until: "11:00" }],
      [{ days: [], from: "07:00", until: "11:00" }],
      [{ days: [1, 1], from: "07:00", until: "11:00" }],
      [{ days: [1], from: "24:00", until: "24:00" }],
      [{ days: [1], from: "07:00", until: "11:00", note: "x" }],
      "always",
    ]) {
      const result = await edit("PATCH", `/api/merchant/menu/items/${tea}`, { hours });
      expect([result.status, result.body.error?.code]).toEqual([400, "validation_failed"]);
    }
    expect(itemIn(await merchantMenu(server, owner), "Tea").hours).toEqual([]);
  });

  it("previews the diners' menu at a chosen time on the shop's clock, in a language", async () => {
    const dumplings = shop.item("Dumplings").id;
    await edit("PATCH", `/api/merchant/menu/items/${dumplings}`, {
      hours: [{ days: weekdays, from: "17:00", until: "22:00" }],
    });
    await translate(dumplings, { en: { name: "Pork dumplings" } });
    const preview = async (query: string) =>
      call<MenuPreview & Failure>(server, "GET", `/api/merchant/menu/preview?${query}`, { cookie: owner });
    const at = (result: Awaited<ReturnType<typeof preview>>) =>
      result.body.categories.flatMap((category) => category.items).find((item) => item.id === dumplings);

    expect(at(await preview("at=2026-12-03T16:00"))?.availableFrom).toBe("17:00");
    expect(at(await preview("at=2026-12-03T18:00&lang=en"))).toMatchObject({
      name: "Pork dumplings",
      lang: "en",
    });
    expect(at(await preview("at=2026-12-05T18:00"))).toBeUndefined(); // Saturday
    expect(at(await preview("at=2026-12-03T22:00"))).toBeUndefined();
    for (const bad of ["", "at=tomorrow", "at=2026-12-03T18:00&lang=%20", "at=2026-12-03"]) {
      const result = await preview(bad);
      expect([result.status, result.body.error?.code]).toEqual([400, "validation_failed"]);
    }
    const waiter = await call(server, "GET", "/api/merchant/menu/preview?at=2026-12-03T18:00", {});
    expect(waiter.status).toBe(401);
  });
});
