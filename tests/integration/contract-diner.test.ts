import { randomUUID } from "node:crypto";
import { freePort } from "@tabletap/server/net/free-port";
import type { OpenedTabPart } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, type PlacedOrder, placeOrder } from "../support/api.js";
import { completeOrder } from "../support/completed-order.js";
import {
  always,
  type Call,
  type ContractReplay,
  consoleSide,
  replayThroughProxy,
  rolesWithout,
  sameOriginOnly,
  withKey,
} from "../support/contract-replay.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { pngImage, uploadPhoto } from "../support/menu.js";
import { type PendingPayment, signedNotification } from "../support/payments.js";
import { call } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

/**
 * The served OpenAPI document, and diners' and providers' traffic replayed through Stoplight Prism in front
 * of a real server: every answer must be documented, status and body. tests/integration/contract-console
 * replays the staff side.
 */
let server: TestServer;
let replay: ContractReplay;
let shop: TestShop;
let payFirst: TestShop;
let owner: string;
/** A port nothing listens on: the only push service diners may subscribe with here. */
let pushOrigin: string;

beforeAll(async () => {
  pushOrigin = `http://127.0.0.1:${await freePort()}`;
  server = await startTestServer({
    // Low limits, so the replay meets each 429 in a few calls.
    env: { ORDER_LIMIT_PER_TABLE: "6", COUPON_GUESSES_PER_DEVICE: "2" },
    pushEndpoints: { trustedOrigins: [pushOrigin] },
  });
  shop = await createTestShop(server);
  payFirst = await createTestShop(server, { paymentMode: "pay_first" });
  owner = await login(server.url, shop.owner.email, shop.owner.password);
  replay = await replayThroughProxy(server.url);
});
afterAll(async () => {
  await replay?.stop();
  await server?.stop();
});

const at = <T = unknown>(...call: Parameters<ContractReplay["expectStatus"]>) =>
  replay.expectStatus<T>(...call);

describe("the served OpenAPI document", () => {
  it("names every operation, marks public ones security: [] and documents what the guards refuse", () => {
    const operations = replay.operations;
    expect(operations.length).toBeGreaterThanOrEqual(70);
    const ids = operations.map(({ operation }) => operation.operationId ?? "");
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { method, path, operation } of operations) {
      const name = `${method} ${path}`;
      expect(operation.security, name).toBeDefined();
      expect(Object.keys(operation.responses), name).toContain("500");
      if (path.startsWith("/api/merchant/")) expect(always(operation, "staffSession"), name).toBe(true);
      if (always(operation, "staffSession")) expect(Object.keys(operation.responses), name).toContain("401");
      if (always(operation, "orderToken")) {
        expect(Object.keys(operation.responses), name).toEqual(expect.arrayContaining(["401", "404"]));
      }
      // 403: a state change from another site's page, or a role the permission leaves out.
      const forbidden = sameOriginOnly(method, path) || rolesWithout(operation).length > 0;
      expect(Object.keys(operation.responses).includes("403"), name).toBe(forbidden);
    }
    const publicOnes = operations.filter(({ operation }) => operation.security?.length === 0);
    expect(publicOnes.map(({ path }) => path)).toEqual(
      expect.arrayContaining(["/api/health", "/api/openapi.json", "/api/orders", "/api/webhooks/{provider}"]),
    );
  });
});

describe("diners' and providers' traffic through a validating proxy (Prism, --errors)", () => {
  it("diner calls: menus, orders, ratings, receipts and push", async () => {
    await at(200, "GET", "/api/health");
    await at(200, "GET", "/api/openapi.json");
    await at(200, "GET", "/api/push/vapid-public-key");
    await at(200, "GET", `/api/tables/${shop.tableToken}`);
    await at(200, "GET", `/api/tables/${shop.tableToken}?lang=en`);
    await at(400, "GET", `/api/tables/${shop.tableToken}?lang=${encodeURIComponent("<en>")}`);
    await at(404, "GET", `/api/tables/${"x".repeat(22)}`);
    await at(200, "GET", `/api/tables/${shop.tableToken}/tab`);
    await at(404, "GET", `/api/tables/${shop.counterToken}/tab`);

    const tea = { itemId: shop.item("Tea").id, quantity: 1 };
    const counter = { counterToken: shop.counterToken, lines: [tea] };
    const placed = await at<PlacedOrder>(201, "POST", "/api/orders", withKey(counter));
    await at(400, "POST", "/api/orders", { body: counter });
    await at(400, "POST", "/api/orders", withKey({ ...counter, total: 1 }));
    await at(404, "POST", "/api/orders", withKey({ tableToken: "y".repeat(22), lines: [tea] }));
    const lemonade = { itemId: shop.item("Lemonade").id, quantity: 1 };
    await at(409, "POST", "/api/orders", withKey({ ...counter, lines: [lemonade] }));
    await at(
      422,
      "POST",
      "/api/orders",
      withKey({ ...counter, lines: [{ itemId: randomUUID(), quantity: 1 }] }),
    );
    await at(413, "POST", "/api/orders", withKey({ ...counter, note: "x".repeat(40_000) }));
    await at(415, "POST", "/api/orders", { body: "tea please", headers: { "Content-Type": "text/plain" } });
    const t2 = { tableToken: shop.tables[1]?.token, lines: [tea] };
    for (let i = 0; i < 6; i += 1) await at(201, "POST", "/api/orders", withKey(t2));
    await at(429, "POST", "/api/orders", withKey(t2));

    const { order, orderToken: token } = placed.body;
    const orderPath = `/api/orders/${order.id}`;
    await at(200, "GET", orderPath, { token });
    await at(404, "GET", orderPath, { token: "z".repeat(22) });
    await at(401, "GET", orderPath, { headers: { Authorization: "Bearer two words" } });
    await at(200, "GET", `${orderPath}/wait`, { token });
    await at(409, "POST", `${orderPath}/ratings`, {
      token,
      body: { ratings: [{ lineId: order.lines[0]?.id, score: 5 }] },
    });
    await completeOrder(server.url, owner, order.id);
    await at(200, "GET", `${orderPath}/ratings`, { token });
    await at(400, "POST", `${orderPath}/ratings`, { token, body: { ratings: [] } });
    await at(422, "POST", `${orderPath}/ratings`, {
      token,
      body: { ratings: [{ lineId: randomUUID(), score: 4 }] },
    });
    const rating = { ratings: [{ lineId: order.lines[0]?.id, score: 5, comment: "Lovely" }] };
    await at(201, "POST", `${orderPath}/ratings`, { token, body: rating });
    await at(409, "POST", `${orderPath}/ratings`, { token, body: rating });

    const link = await at<{ receiptToken: string }>(200, "POST", `${orderPath}/receipt`, { token });
    await at(200, "GET", `/api/receipts/${link.body.receiptToken}`);
    await at(404, "GET", `/api/receipts/${"r".repeat(22)}`);
    await at(400, "POST", `${orderPath}/receipt/email`, { token, body: { email: "not an address" } });
    for (let i = 0; i < 3; i += 1) {
      await at(202, "POST", `${orderPath}/receipt/email`, { token, body: { email: "diner@mail.test" } });
    }
    await at(429, "POST", `${orderPath}/receipt/email`, { token, body: { email: "diner@mail.test" } });

    const keys = {
      p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u",
      auth: "tBHItJI5svbpez7KI4CCXg",
    };
    const subscribe = (endpoint: string) => ({ token, body: { endpoint, keys } });
    await at(201, "POST", `${orderPath}/push-subscriptions`, subscribe(`${pushOrigin}/push/1`));
    await at(400, "POST", `${orderPath}/push-subscriptions`, subscribe("http://10.0.0.1/push/1"));
  });

  it("menu photos: by content hash, cached by ETag", async () => {
    const photo = await uploadPhoto(server, owner, shop.item("Tea").id, pngImage(8, 8), "image/png");
    expect(photo.status).toBe(200);
    const served = await at(200, "GET", photo.body.url);
    await at(304, "GET", photo.body.url, { headers: { "If-None-Match": served.headers.get("etag") ?? "" } });
    await at(404, "GET", "/api/menu-photos/nothing.webp");
  });

  it("pay-first diners: checkout, tips and the provider's notifications", async () => {
    const tea = { itemId: payFirst.item("Tea").id, quantity: 1 };
    const place = () =>
      at<PlacedOrder>(201, "POST", "/api/orders", withKey({ tableToken: payFirst.tableToken, lines: [tea] }));
    const { order, orderToken: token } = (await place()).body;
    const checkout = `/api/orders/${order.id}/checkout`;
    await at(409, "POST", `/api/orders/${order.id}/receipt`, { token });
    await at(400, "POST", checkout, { token, body: { tip: -1 } });
    await at(422, "POST", checkout, { token, body: { tip: 5000 } });
    const opened = await at<{ checkoutUrl: string }>(201, "POST", checkout, { token, body: { tip: 100 } });
    await at(409, "POST", checkout, { token, body: { tip: 200 } });

    const payment = { checkoutId: opened.body.checkoutUrl.split("/").pop() ?? "" } as PendingPayment;
    const note = signedNotification(payment, { id: `evt_${randomUUID()}`, amount: order.total + 100 });
    const signed = (signature: string): Call => ({
      body: note.body,
      headers: { "Sandbox-Signature": signature },
    });
    await at(200, "POST", "/api/webhooks/sandbox", signed(note.signature));
    await at(400, "POST", "/api/webhooks/sandbox", signed("t=1,v1=00"));
    const form = { "Content-Type": "application/x-www-form-urlencoded" };
    await at(404, "POST", "/api/webhooks/alipay", { body: "notify_id=1&sign=x", headers: form });

    // A shop whose provider has no keys on this deployment: no other provider steps in.
    await server.db
      .updateTable("shops")
      .set({ paymentProvider: "stripe" })
      .where("id", "=", payFirst.shopId)
      .execute();
    const stranded = (await place()).body;
    await at(503, "POST", `/api/orders/${stranded.order.id}/checkout`, { token: stranded.orderToken });
  });

  it("coupons: the diner's preview of a code, with its guess limit", async () => {
    const coupon = (body: object) => call(server, "POST", "/api/merchant/coupons", { cookie: owner, body });
    expect((await coupon({ code: "SAVE10", kind: "percent", value: 10 })).status).toBe(201);
    expect((await coupon({ code: "BIGSPEND", kind: "fixed", value: 100, minSpend: 1_000_000 })).status).toBe(
      201,
    );

    const lines = [{ itemId: shop.item("Tea").id, quantity: 1 }];
    const preview = (couponCode: string, deviceId: string) => ({
      body: { counterToken: shop.counterToken, lines, couponCode, deviceId },
    });
    await at(200, "POST", "/api/coupons/preview", preview("SAVE10", "phone-one"));
    await at(422, "POST", "/api/coupons/preview", preview("BIGSPEND", "phone-one"));
    await at(400, "POST", "/api/coupons/preview", preview("SAVE10", "?"));
    await at(404, "POST", "/api/coupons/preview", preview("NOPE1", "guesser-1"));
    await at(404, "POST", "/api/coupons/preview", preview("NOPE2", "guesser-1"));
    await at(429, "POST", "/api/coupons/preview", preview("SAVE10", "guesser-1"));
  });

  it("calling staff from a table, refused for the counter and for a kind the shop does not offer", async () => {
    const calls = `/api/tables/${shop.tables[2]?.token}/service-requests`;
    await at(200, "GET", calls);
    await at(404, "GET", `/api/tables/${shop.counterToken}/service-requests`);
    await at(201, "POST", calls, { body: { kind: "bill" } });
    await at(200, "POST", calls, { body: { kind: "bill" } });
    await at(400, "POST", calls, { body: { kind: "Bill!" } });
    await at(422, "POST", calls, { body: { kind: "champagne" } });
    await at(404, "POST", `/api/tables/${shop.counterToken}/service-requests`, { body: { kind: "bill" } });
  });

  it("a table's bill paid in parts: read, open a part, cancel it, refused beyond what is left", async () => {
    const split = await createTestShop(server);
    const token = split.tables[0]?.token;
    await placeOrder(server.url, {
      tableToken: token,
      lines: [{ itemId: split.item("Tea").id, quantity: 2 }],
    });
    const tab = `/api/tables/${token}/tab`;
    await at(200, "GET", `${tab}/bill`);
    await at(404, "GET", `/api/tables/${split.counterToken}/tab/bill`);
    const opened = await at<OpenedTabPart>(201, "POST", `${tab}/parts`, {
      body: { kind: "custom", amount: 1000, tip: 100, payer: "Ana" },
    });
    await at(409, "POST", `${tab}/parts`, { body: { kind: "custom", amount: 5000, payer: "Bo" } });
    await at(400, "POST", `${tab}/parts`, { body: { kind: "custom", amount: -1, payer: "Bo" } });
    await at(422, "POST", `${tab}/parts`, {
      body: { kind: "items", items: [{ lineId: "gone", quantity: 1 }], payer: "Bo" },
    });
    await at(404, "POST", `/api/tables/${split.counterToken}/tab/parts`, {
      body: { kind: "remaining", payer: "Bo" },
    });
    const cancel = `${tab}/parts/${opened.body.part.id}/cancel`;
    await at(404, "POST", cancel, { body: { partToken: "not-the-token" } });
    await at(400, "POST", cancel, { body: {} });
    await at(200, "POST", cancel, { body: { partToken: opened.body.partToken } });
    await at(409, "POST", cancel, { body: { partToken: opened.body.partToken } });
  });

  it("every order-token operation: a malformed token 401, someone else's 404", async () => {
    for (const { method, path, operation } of replay.operations.filter((op) =>
      always(op.operation, "orderToken"),
    )) {
      const url = path.replace(/\{[^}]+\}/g, randomUUID());
      const body = method === "GET" ? undefined : {};
      expect(operation.responses).toHaveProperty("401");
      await at(401, method, url, { body, headers: { Authorization: "Bearer two tokens" } });
      await at(404, method, url, { body, token: "z".repeat(22) });
    }
  });

  it("each diner-side operation was seen answering a success and a refusal, all as documented", () => {
    replay.expectEachSeen((path) => !consoleSide(path));
  });
});
