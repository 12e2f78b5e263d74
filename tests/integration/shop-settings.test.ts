import type { MenuChange, Shop, ShopSettingsView, TableMenu } from "@tabletap/shared";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, placeOrder, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { pressSandbox, readOrder } from "../support/payments.js";
import { rowSnapshot } from "../support/row-snapshot.js";
import { connected, type DinerSocket, record } from "../support/sockets.js";
import { signedInStaff } from "../support/staff.js";
import { call } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;

// Keys for Stripe make it available; Alipay has none here, so it stays unavailable.
beforeAll(async () => {
  server = await startTestServer({
    env: {
      STRIPE_SECRET_KEY: "sk_test_shop_settings",
      STRIPE_WEBHOOK_SECRET: "whsec_shop_settings",
      STRIPE_API_URL: "http://127.0.0.1:9",
    },
  });
});
afterAll(() => server?.stop());

const PATH = "/api/merchant/shop/settings";

async function ownerOf(options: Parameters<typeof createTestShop>[1] = {}) {
  const shop = await createTestShop(server, options);
  return { shop, cookie: await login(server.url, shop.owner.email, shop.owner.password) };
}

const patch = (cookie: string, body: unknown) =>
  call<ShopSettingsView & { error?: { code: string; message: string } }>(server, "PATCH", PATH, {
    cookie,
    body,
  });

const dinerMenu = async (shop: TestShop) =>
  (await getJson<TableMenu>(`${server.url}/api/tables/${shop.tableToken}`)).body;

const teaOrder = (shop: TestShop, payment?: "online" | "counter") =>
  placeOrder(server.url, {
    tableToken: shop.tableToken,
    lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    ...(payment ? { payment } : {}),
  });

describe("shop settings", () => {
  it("shows an owner the settings and only the providers this server has keys for", async () => {
    const { cookie } = await ownerOf();
    const answer = await call<ShopSettingsView>(server, "GET", PATH, { cookie });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      paymentMode: "pay_at_counter",
      paymentProvider: "sandbox",
      timezone: "Asia/Shanghai",
      currency: "CNY",
      availableProviders: ["sandbox", "stripe"],
    });
  });

  it("lets the owner change each setting; the diner's menu and open menu pages show the new ones", async () => {
    const { shop, cookie } = await ownerOf();
    const page: DinerSocket = io(`${server.url}/diner`, {
      transports: ["websocket"],
      auth: { tableToken: shop.tableToken },
      reconnection: false,
      forceNew: true,
    });
    try {
      await connected(page);
      const changes = record<MenuChange>(page, "menu:changed");
      const steps = [
        { paymentMode: "pay_first" },
        { paymentProvider: "stripe" },
        { timezone: "Europe/Berlin" },
        { currency: "USD" },
      ] as const;
      let expected: Omit<ShopSettingsView, "availableProviders"> = {
        paymentMode: "pay_at_counter",
        paymentProvider: "sandbox",
        timezone: "Asia/Shanghai",
        currency: "CNY",
      };
      for (const step of steps) {
        expected = { ...expected, ...step };
        const answer = await patch(cookie, step);
        expect(answer.status, JSON.stringify(answer.body)).toBe(200);
        expect(answer.body).toEqual({ ...expected, availableProviders: ["sandbox", "stripe"] });
        const stored = await server.db
          .selectFrom("shops")
          .select(["paymentMode", "paymentProvider", "timezone", "currency"])
          .where("id", "=", shop.shopId)
          .executeTakeFirstOrThrow();
        expect(stored).toEqual(expected);
        const menu = await dinerMenu(shop);
        expect(menu.shop).toMatchObject(expected);
        const heard = await changes.next((change) => shows(change.shop, step));
        expect(heard.shop).toEqual(menu.shop);
        expect(heard.menuVersion).toBe(menu.menuVersion);
      }
    } finally {
      page.disconnect();
    }
  });

  it("refuses managers and staff (403), reading or writing, and writes nothing", async () => {
    const { shop } = await ownerOf();
    const before = await rowSnapshot(server.db);
    for (const role of ["manager", "staff"] as const) {
      const { cookie } = await signedInStaff(server, shop.shopId, role);
      const read = await call<{ error: { code: string } }>(server, "GET", PATH, { cookie });
      expect(read.status).toBe(403);
      expect(read.body.error.code).toBe("forbidden");
      const write = await patch(cookie, { paymentMode: "pay_first" });
      expect(write.status).toBe(403);
      expect(write.body.error?.code).toBe("forbidden");
    }
    const after = await rowSnapshot(server.db);
    expect({ ...after, staff: [] }).toEqual({ ...before, staff: [] });
  });

  it("refuses invalid values with 400 and writes nothing", async () => {
    const { cookie } = await ownerOf();
    const invalid: unknown[] = [
      {},
      { paymentMode: "cash" },
      { paymentProvider: "paypal" },
      { timezone: "Mars/Olympus_Mons" },
      { timezone: "+08:00" },
      { currency: "XYZ" },
      { currency: "usd" },
      { currency: "US" },
      { currency: 156 },
      { paymentMode: "pay_first", locale: "en-US" },
      { name: "Renamed" },
      [],
    ];
    const before = await rowSnapshot(server.db);
    for (const body of invalid) {
      const answer = await patch(cookie, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error?.code, JSON.stringify(body)).toBe("validation_failed");
    }
    expect(await rowSnapshot(server.db)).toEqual(before);
  });

  it("refuses a provider this server has no keys for (422), and online payment through one", async () => {
    const { cookie } = await ownerOf();
    const before = await rowSnapshot(server.db);
    const answer = await patch(cookie, { paymentProvider: "alipay" });
    expect(answer.status).toBe(422);
    expect(answer.body.error).toMatchObject({ code: "payment_provider_not_configured" });
    expect(answer.body.error?.message).toMatch(/alipay/);
    // A shop left on a provider whose keys are gone cannot turn online payment on with it.
    const stranded = await ownerOf({ paymentProvider: "alipay" });
    const strandedBefore = await rowSnapshot(server.db);
    const online = await patch(stranded.cookie, { paymentMode: "both" });
    expect(online.status).toBe(422);
    expect(online.body.error).toMatchObject({ code: "payment_provider_not_configured" });
    expect(await rowSnapshot(server.db)).toEqual(strandedBefore);
    // …but may move to a configured one, or change what does not take money online.
    expect((await patch(stranded.cookie, { timezone: "Asia/Tokyo" })).status).toBe(200);
    expect(
      (await patch(stranded.cookie, { paymentMode: "pay_first", paymentProvider: "stripe" })).status,
    ).toBe(200);
    const first = await call<ShopSettingsView>(server, "GET", PATH, { cookie });
    expect(first.body).toMatchObject({ paymentProvider: "sandbox", paymentMode: "pay_at_counter" });
    expect(strandedBefore.shops).toEqual(expect.arrayContaining(before.shops ?? []));
  });

  it("refuses a currency with other minor-unit digits (409): prices are stored in minor units", async () => {
    const { shop, cookie } = await ownerOf();
    const before = await rowSnapshot(server.db);
    for (const currency of ["JPY", "KWD"]) {
      const answer = await patch(cookie, { currency, paymentMode: "both" });
      expect(answer.status).toBe(409);
      expect(answer.body.error).toMatchObject({ code: "currency_minor_units_differ" });
      expect(answer.body.error?.message).toMatch(/minor units/);
    }
    expect(await rowSnapshot(server.db)).toEqual(before);
    expect((await dinerMenu(shop)).shop.currency).toBe("CNY");
  });

  it("keeps an order's currency, payment method and status; new orders take the new settings", async () => {
    const { shop, cookie } = await ownerOf();
    const before = await teaOrder(shop);
    expect(before.status).toBe(201);
    expect(before.body.order).toMatchObject({ currency: "CNY", paymentMethod: "counter", status: "placed" });

    expect((await patch(cookie, { paymentMode: "pay_first", currency: "USD" })).status).toBe(200);

    const kept = await getJson<{ order: typeof before.body.order }>(
      `${server.url}/api/orders/${before.body.order.id}`,
      { Authorization: `Bearer ${before.body.orderToken}` },
    );
    expect(kept.body.order).toMatchObject({ currency: "CNY", paymentMethod: "counter", status: "placed" });
    const stored = await server.db
      .selectFrom("orders")
      .select(["currency", "paymentMethod", "status"])
      .where("id", "=", before.body.order.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ currency: "CNY", paymentMethod: "counter", status: "placed" });

    const after = await teaOrder(shop);
    expect(after.status).toBe(201);
    expect(after.body.order).toMatchObject({
      currency: "USD",
      paymentMethod: "online",
      status: "pending_payment",
    });
    // The new mode is enforced too: paying at the counter is no longer offered.
    const counter = await teaOrder(shop, "counter");
    expect(counter.status).toBe(422);
    expect((counter.body as unknown as { error: { code: string } }).error.code).toBe(
      "payment_method_unavailable",
    );
  });

  it("lets a pay-first order placed before a switch to pay at the counter still be paid online", async () => {
    const { shop, cookie } = await ownerOf({ paymentMode: "pay_first" });
    const placed = await teaOrder(shop);
    expect(placed.body.order.status).toBe("pending_payment");

    expect((await patch(cookie, { paymentMode: "pay_at_counter" })).status).toBe(200);

    const checkout = await postJson<{ checkoutUrl: string }>(
      `${server.url}/api/orders/${placed.body.order.id}/checkout`,
      undefined,
      { Authorization: `Bearer ${placed.body.orderToken}` },
    );
    expect(checkout.status).toBe(201);
    const payment = {
      ...placed.body,
      checkoutUrl: checkout.body.checkoutUrl,
      checkoutId: checkout.body.checkoutUrl.split("/").pop() ?? "",
    };
    await pressSandbox(payment, "pay");
    await expect
      .poll(async () => (await readOrder(server, payment)).paymentStatus, { timeout: 8000, interval: 50 })
      .toBe("paid");
    const paid = await readOrder(server, payment);
    expect(paid).toMatchObject({ paymentMethod: "online", currency: "CNY", status: "placed" });
    // The next order follows the new mode.
    expect((await teaOrder(shop)).body.order).toMatchObject({ paymentMethod: "counter", status: "placed" });
  });
});

const shows = (shop: Shop | undefined, step: Partial<Shop>) =>
  shop !== undefined && Object.entries(step).every(([key, value]) => shop[key as keyof Shop] === value);
