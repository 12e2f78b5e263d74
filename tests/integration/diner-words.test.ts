import { randomUUID } from "node:crypto";
import type { Order } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, placeOrder, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let owner: string;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server); // CNY, zh-CN money, Asia/Shanghai
  owner = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(() => server?.stop());

type Refusal = { error?: { code: string; message: string; details?: Record<string, unknown> } };
type OrderBody = { order: Order } & Refusal;

const tea = () => ({ tableToken: shop.tableToken, lines: [{ itemId: shop.item("Tea").id, quantity: 1 }] });
const setStatus = (orderId: string, body: unknown) =>
  postJson<OrderBody>(`${server.url}/api/merchant/orders/${orderId}/status`, body, { Cookie: owner });
const dinerView = (orderId: string, orderToken: string) =>
  getJson<OrderBody>(`${server.url}/api/orders/${orderId}`, { Authorization: `Bearer ${orderToken}` });
const reasonRows = (orderId: string) =>
  server.db
    .selectFrom("orderStatusChanges")
    .select(["toStatus", "reason"])
    .where("orderId", "=", orderId)
    .orderBy("at")
    .execute();

describe("cancel reasons travel as codes the diner's page can translate", () => {
  it("a preset reason is sent as reasonCode and reaches staff and diner as code and English label", async () => {
    const placed = await placeOrder(server.url, tea());
    const { id } = placed.body.order;
    const cancelled = await setStatus(id, { status: "cancelled", reasonCode: "kitchen_closing" });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.order).toMatchObject({
      status: "cancelled",
      cancelReasonCode: "kitchen_closing",
      cancelReason: "Kitchen is closing",
    });
    const diner = await dinerView(id, placed.body.orderToken);
    expect(diner.body.order).toMatchObject({
      cancelReasonCode: "kitchen_closing",
      cancelReason: "Kitchen is closing",
    });
    expect(await reasonRows(id)).toEqual([
      { toStatus: "placed", reason: null },
      { toStatus: "cancelled", reason: "Kitchen is closing" },
    ]);
  });

  it("staff's own words stay words (no code); a preset's label sent by an older console reads as its code", async () => {
    const typed = await placeOrder(server.url, tea());
    const words = await setStatus(typed.body.order.id, { status: "cancelled", reason: "Oat milk ran out" });
    expect(words.body.order).toMatchObject({ cancelReason: "Oat milk ran out", cancelReasonCode: null });

    const legacy = await placeOrder(server.url, tea());
    const label = await setStatus(legacy.body.order.id, { status: "cancelled", reason: "Sold out" });
    expect(label.body.order).toMatchObject({ cancelReason: "Sold out", cancelReasonCode: "sold_out" });

    const silent = await placeOrder(server.url, tea());
    const none = await setStatus(silent.body.order.id, { status: "cancelled" });
    expect(none.body.order).toMatchObject({ cancelReason: null, cancelReasonCode: null });
    const open = await placeOrder(server.url, tea());
    expect(open.body.order.cancelReasonCode).toBeNull();
  });

  it("refuses an unknown code, a code with a reason, and a code without cancelling, writing nothing", async () => {
    const placed = await placeOrder(server.url, tea());
    const { id } = placed.body.order;
    for (const body of [
      { status: "cancelled", reasonCode: "on_fire" },
      { status: "cancelled", reasonCode: "sold_out", reason: "Sold out" },
      { status: "accepted", reasonCode: "sold_out" },
      { status: "cancelled", reasonCode: "" },
    ]) {
      const refused = await setStatus(id, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error?.code).toBe("validation_failed");
    }
    expect(await reasonRows(id)).toEqual([{ toStatus: "placed", reason: null }]);
  });
});

describe("refusals carry what a diner's page needs to word them in its own language", () => {
  it("sold out and withdrawn dishes are named in details", async () => {
    const lemonade = shop.item("Lemonade"); // sold out in the test menu
    const soldOut = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [
        { itemId: shop.item("Tea").id, quantity: 1 },
        { itemId: lemonade.id, quantity: 1 },
      ],
    });
    expect(soldOut.status).toBe(409);
    expect((soldOut.body as Refusal).error).toMatchObject({
      code: "sold_out",
      details: { line: 1, itemId: lemonade.id, name: "Lemonade" },
    });

    const dumplings = shop.item("Dumplings");
    const hidden = await fetch(`${server.url}/api/merchant/menu/items/${dumplings.id}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json", Cookie: owner },
      body: JSON.stringify({ hidden: true }),
    });
    expect(hidden.status).toBeLessThan(300);
    const gone = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [{ itemId: dumplings.id, quantity: 1 }],
    });
    expect(gone.status).toBe(409);
    expect((gone.body as Refusal).error).toMatchObject({
      code: "item_unavailable",
      details: { line: 0, itemId: dumplings.id, name: "Dumplings" },
    });
  });

  it("a coupon's minimum spend comes with the shop's currency and locale, its start with the shop's time zone", async () => {
    const create = (rules: Record<string, unknown>) =>
      postJson<{ coupon: { code: string } }>(
        `${server.url}/api/merchant/coupons`,
        { code: `W${randomUUID().slice(0, 8)}`.toUpperCase(), kind: "percent", value: 10, ...rules },
        { Cookie: owner },
      );
    const preview = (couponCode: string) =>
      postJson<Refusal>(`${server.url}/api/coupons/preview`, {
        ...tea(),
        couponCode,
        deviceId: randomUUID(),
      });

    const minimum = await create({ minSpend: 5000 });
    expect(minimum.status).toBe(201);
    const small = await preview(minimum.body.coupon.code);
    expect(small.status).toBe(422);
    expect(small.body.error).toMatchObject({
      code: "coupon_min_spend",
      details: { minSpend: 5000, currency: "CNY", locale: "zh-CN" },
    });

    const later = await create({ startsAt: "2030-01-01T09:00" });
    expect(later.status).toBe(201);
    const early = await preview(later.body.coupon.code);
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({
      code: "coupon_not_started",
      // 09:00 in Shanghai (UTC+8) is 01:00 UTC.
      details: { startsAt: "2030-01-01T01:00:00.000Z", timeZone: "Asia/Shanghai" },
    });
  });
});
