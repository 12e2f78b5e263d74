import { randomUUID } from "node:crypto";
import type { Coupon, CouponPreview, Order } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, placeOrder, postJson, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { signedInStaff } from "../support/staff.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let cookie: string;
// The server's clock runs ahead of the real one when a test says so.
let offsetMs = 0;

beforeAll(async () => {
  server = await startTestServer({ clock: () => Date.now() + offsetMs });
  shop = await createTestShop(server); // pay at the counter, Asia/Shanghai (UTC+8 all year)
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(() => server?.stop());

const TEA = 1500;
const tea = (quantity = 1) => [{ itemId: shop.item("Tea").id, quantity }];
/** Shanghai wall time of an instant, worked out by hand (UTC+8, no DST) rather than by the server's code. */
const shanghai = (at: number) => new Date(at + 8 * 3600_000).toISOString().slice(0, 16);
let codeCounter = 0;
const freshCode = (prefix: string) => {
  codeCounter += 1;
  return `${prefix}${Date.now().toString(36)}${codeCounter}`.toUpperCase();
};

async function createCoupon(rules: Record<string, unknown>, as = cookie) {
  return postJson<{ coupon: Coupon; error?: { code: string } }>(`${server.url}/api/merchant/coupons`, rules, {
    Cookie: as,
  });
}

async function newCoupon(rules: Record<string, unknown>): Promise<Coupon> {
  const created = await createCoupon({ code: freshCode("C"), kind: "percent", value: 10, ...rules });
  expect(created.status).toBe(201);
  return created.body.coupon;
}

const patchCoupon = async (id: string, change: unknown, as = cookie) => {
  const response = await fetch(`${server.url}/api/merchant/coupons/${id}`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json", Cookie: as },
    body: JSON.stringify(change),
  });
  return {
    status: response.status,
    body: (await response.json()) as { coupon: Coupon; error?: { code: string } },
  };
};

/** Reprices an item the way a manager does, so the change reaches ordering like any menu edit. */
async function setPrice(itemId: string, price: number) {
  const response = await fetch(`${server.url}/api/merchant/menu/items/${itemId}`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify({ price }),
  });
  expect(response.status).toBe(204);
}

const orderWith = (code: string, deviceId: string, lines = tea()) =>
  placeOrder(server.url, { tableToken: shop.tableToken, lines, couponCode: code, deviceId });

const preview = (code: string, deviceId: string, lines = tea()) =>
  postJson<CouponPreview & { error?: { code: string; message: string } }>(
    `${server.url}/api/coupons/preview`,
    {
      tableToken: shop.tableToken,
      lines,
      couponCode: code,
      deviceId,
    },
  );

const couponRow = (id: string) =>
  server.db.selectFrom("coupons").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const redemptions = (couponId: string) =>
  server.db.selectFrom("couponRedemptions").selectAll().where("couponId", "=", couponId).execute();
const device = () => `dev-${randomUUID()}`;

describe("coupon console", () => {
  it("lets a manager create, list, edit and pause codes, stored upper-case", async () => {
    const manager = await signedInStaff(server, shop.shopId, "manager");
    const code = freshCode("summer");
    const created = await createCoupon(
      {
        code: code.toLowerCase(),
        kind: "fixed",
        value: 500,
        minSpend: 2000,
        usageLimit: 50,
        perDeviceLimit: 1,
      },
      manager.cookie,
    );
    expect(created.status).toBe(201);
    expect(created.body.coupon).toMatchObject({ code, kind: "fixed", value: 500, used: 0, paused: false });

    const list = await getJson<{ coupons: Coupon[] }>(`${server.url}/api/merchant/coupons`, {
      Cookie: manager.cookie,
    });
    expect(list.body.coupons.map((c) => c.code)).toContain(code);

    const paused = await patchCoupon(created.body.coupon.id, { paused: true, value: 700 }, manager.cookie);
    expect(paused.status).toBe(200);
    expect(paused.body.coupon).toMatchObject({ paused: true, value: 700 });
    const refused = await preview(code, device(), tea(2));
    expect(refused.status).toBe(422);
    expect(refused.body.error?.code).toBe("coupon_paused");
  });

  it("keeps the validity window in the shop's timezone", async () => {
    const coupon = await newCoupon({ startsAt: "2030-01-01T09:00", endsAt: "2030-01-31T21:30" });
    const row = await couponRow(coupon.id);
    expect(new Date(Number(row.startsAt)).toISOString()).toBe("2030-01-01T01:00:00.000Z");
    expect(coupon).toMatchObject({ startsAt: "2030-01-01T09:00", endsAt: "2030-01-31T21:30" });
  });

  it("refuses bad rules and duplicate codes with 4xx, writing nothing", async () => {
    const before = (await server.db.selectFrom("coupons").select("id").execute()).length;
    const bad = [
      { code: "PCT150", kind: "percent", value: 150 },
      { code: "FRACT", kind: "fixed", value: 2.5 },
      { code: "NEG", kind: "fixed", value: -100 },
      { code: "no spaces", kind: "fixed", value: 100 },
      {
        code: "BACKWARDS",
        kind: "fixed",
        value: 100,
        startsAt: "2030-02-01T00:00",
        endsAt: "2030-01-01T00:00",
      },
      { code: "EXTRA", kind: "fixed", value: 100, used: 0 },
    ];
    for (const body of bad) {
      const response = await createCoupon(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error?.code).toBe("validation_failed");
    }
    const existing = await newCoupon({});
    const duplicate = await createCoupon({ code: existing.code.toLowerCase(), kind: "fixed", value: 100 });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error?.code).toBe("coupon_code_taken");
    expect((await server.db.selectFrom("coupons").select("id").execute()).length).toBe(before + 1);
  });

  it("is for managers only: staff get 403 and change nothing", async () => {
    const staff = await signedInStaff(server, shop.shopId, "staff");
    const coupon = await newCoupon({});
    expect((await getJson(`${server.url}/api/merchant/coupons`, { Cookie: staff.cookie })).status).toBe(403);
    const created = await createCoupon({ code: freshCode("S"), kind: "fixed", value: 100 }, staff.cookie);
    expect(created.status).toBe(403);
    expect(created.body.error?.code).toBe("forbidden");
    expect((await patchCoupon(coupon.id, { paused: true }, staff.cookie)).status).toBe(403);
    expect((await couponRow(coupon.id)).paused).toBe(0);
  });

  it("answers 404 for another shop's coupon ids", async () => {
    const other = await createTestShop(server);
    const otherCookie = await login(server.url, other.owner.email, other.owner.password);
    const theirs = await createCoupon({ code: freshCode("T"), kind: "fixed", value: 100 }, otherCookie);
    expect(theirs.status).toBe(201);
    const response = await patchCoupon(theirs.body.coupon.id, { paused: true });
    expect(response.status).toBe(404);
    expect((await couponRow(theirs.body.coupon.id)).paused).toBe(0);
    const list = await getJson<{ coupons: Coupon[] }>(`${server.url}/api/merchant/coupons`, {
      Cookie: cookie,
    });
    expect(list.body.coupons.map((c) => c.id)).not.toContain(theirs.body.coupon.id);
    // Their code means nothing at this shop's tables.
    const attempt = await orderWith(theirs.body.coupon.code, device());
    expect(attempt.status).toBe(404);
    expect(attempt.body.error?.code).toBe("coupon_not_found");
  });
});

describe("redeeming a code", () => {
  it("takes the discount off the total and shows it on the order", async () => {
    const coupon = await newCoupon({ kind: "percent", value: 20 });
    const placed = await orderWith(coupon.code.toLowerCase(), device(), tea(2));
    expect(placed.status).toBe(201);
    expect(placed.body.order).toMatchObject({
      subtotal: 2 * TEA,
      discount: 600,
      total: 2 * TEA - 600,
      couponCode: coupon.code,
      tip: 0,
    });
    const read = await getJson<{ order: Order }>(`${server.url}/api/orders/${placed.body.order.id}`, {
      Authorization: `Bearer ${placed.body.orderToken}`,
    });
    expect(read.body.order).toMatchObject({ discount: 600, couponCode: coupon.code });
    expect((await couponRow(coupon.id)).usedCount).toBe(1);
  });

  it("sends an order a coupon pays in full straight in, settled, even in a pay-first shop", async () => {
    const payFirst = await createTestShop(server, { paymentMode: "pay_first" });
    const owner = await login(server.url, payFirst.owner.email, payFirst.owner.password);
    const created = await createCoupon({ code: freshCode("FREE"), kind: "percent", value: 100 }, owner);
    expect(created.status).toBe(201);
    const lines = [{ itemId: payFirst.item("Tea").id, quantity: 1 }];
    const body = {
      tableToken: payFirst.tableToken,
      lines,
      couponCode: created.body.coupon.code,
      deviceId: device(),
    };
    const free = await placeOrder(server.url, body);
    expect(free.status).toBe(201);
    expect(free.body.order).toMatchObject({
      total: 0,
      status: "placed",
      paymentStatus: "paid",
      paymentMethod: "online",
    });
    // Nothing to pay, so no checkout to open and no expiry waiting for a payment.
    const jobs = await server.db
      .selectFrom("outbox")
      .select("payload")
      .where("name", "=", "order.expire")
      .execute();
    expect(jobs.filter((job) => job.payload.includes(free.body.order.id))).toEqual([]);
    const checkout = await postJson(
      `${server.url}/api/orders/${free.body.order.id}/checkout`,
      {},
      { Authorization: `Bearer ${free.body.orderToken}` },
    );
    expect(checkout.status).toBe(409);

    // Without the coupon the same shop still asks for the money first.
    const paying = await placeOrder(server.url, { tableToken: payFirst.tableToken, lines });
    expect(paying.body.order).toMatchObject({ status: "pending_payment", paymentStatus: "unpaid" });
  });

  it("uses a code limited to one exactly once when ten orders race for it", async () => {
    const coupon = await newCoupon({ kind: "fixed", value: 300, usageLimit: 1 });
    const keys = Array.from({ length: 10 }, () => randomUUID());
    const results = await Promise.all(
      keys.map((key) =>
        placeOrder(
          server.url,
          { tableToken: shop.tableToken, lines: tea(), couponCode: coupon.code, deviceId: device() },
          key,
        ),
      ),
    );
    const accepted = results.filter((r) => r.status === 201);
    const refused = results.filter((r) => r.status !== 201);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]?.body.order).toMatchObject({ discount: 300, total: TEA - 300 });
    expect(refused.map((r) => r.status)).toEqual(Array(9).fill(409));
    for (const r of refused) {
      expect(r.body.error?.code).toBe("coupon_used_up");
      expect(r.body.error?.message).toMatch(/used up/);
    }
    const written = await server.db
      .selectFrom("orders")
      .select("id")
      .where("idempotencyKey", "in", keys)
      .execute();
    expect(written).toHaveLength(1);
    expect((await couponRow(coupon.id)).usedCount).toBe(1);
    expect(await redemptions(coupon.id)).toHaveLength(1);
  });

  it("holds each phone to its per-device limit, even when one phone races itself", async () => {
    const coupon = await newCoupon({ kind: "fixed", value: 100, perDeviceLimit: 2 });
    const phone = device();
    expect((await orderWith(coupon.code, phone)).status).toBe(201);
    const racing = await Promise.all(Array.from({ length: 5 }, () => orderWith(coupon.code, phone)));
    expect(racing.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = racing.filter((r) => r.status !== 201);
    expect(refused.map((r) => [r.status, r.body.error?.code])).toEqual(
      Array(4).fill([409, "coupon_device_limit"]),
    );
    const again = await preview(coupon.code, phone);
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toMatch(/already used this code on this phone/);
    // Another phone still may.
    expect((await orderWith(coupon.code, device())).status).toBe(201);
    expect((await couponRow(coupon.id)).usedCount).toBe(3);
  });

  it("refuses a code before its window opens and after it closes, by the server's clock", async () => {
    const start = Date.now() + 3600_000;
    const coupon = await newCoupon({ startsAt: shanghai(start), endsAt: shanghai(start + 3600_000) });
    try {
      const early = await orderWith(coupon.code, device());
      expect(early.status).toBe(422);
      expect(early.body.error?.code).toBe("coupon_not_started");
      expect(early.body.error?.message).toMatch(/isn't valid yet/);
      offsetMs = 90 * 60_000;
      expect((await preview(coupon.code, device())).status).toBe(200);
      expect((await orderWith(coupon.code, device())).status).toBe(201);
      offsetMs = 3 * 3600_000;
      const late = await orderWith(coupon.code, device());
      expect(late.status).toBe(422);
      expect(late.body.error?.code).toBe("coupon_expired");
      expect((await preview(coupon.code, device())).body.error?.code).toBe("coupon_expired");
    } finally {
      offsetMs = 0;
    }
    expect((await couponRow(coupon.id)).usedCount).toBe(1);
  });

  it("needs the minimum spend", async () => {
    const coupon = await newCoupon({ kind: "fixed", value: 500, minSpend: 2 * TEA });
    const small = await orderWith(coupon.code, device(), tea(1));
    expect(small.status).toBe(422);
    expect(small.body.error?.code).toBe("coupon_min_spend");
    expect(small.body.error?.message).toContain("30.00");
    const enough = await preview(coupon.code, device(), tea(2));
    expect(enough.status).toBe(200);
    expect(enough.body).toMatchObject({ subtotal: 2 * TEA, discount: 500, total: 2 * TEA - 500 });
  });

  it("rounds a percentage to the minor unit and never takes a fixed amount below zero", async () => {
    // An odd price makes the percentage fall between minor units.
    await setPrice(shop.item("Dumplings").id, 999);
    const dumplings = [{ itemId: shop.item("Dumplings").id, quantity: 1 }];
    const fifteen = await newCoupon({ kind: "percent", value: 15 }); // 149.85 → 150
    const rounded = await orderWith(fifteen.code, device(), dumplings);
    expect(rounded.body.order).toMatchObject({ subtotal: 999, discount: 150, total: 849 });
    const half = await newCoupon({ kind: "percent", value: 50 }); // 499.5 → 500
    expect((await preview(half.code, device(), dumplings)).body).toMatchObject({ discount: 500, total: 499 });

    const big = await newCoupon({ kind: "fixed", value: 5000 });
    const free = await orderWith(big.code, device(), tea(1));
    expect(free.status).toBe(201);
    expect(free.body.order).toMatchObject({ subtotal: TEA, discount: TEA, total: 0 });
  });

  it("names unknown codes and refuses a code without a device id", async () => {
    const unknown = await orderWith("NOSUCHCODE", device());
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.code).toBe("coupon_not_found");
    const noDevice = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: tea(),
      couponCode: "ANY",
    });
    expect(noDevice.status).toBe(400);
  });

  it("gives the use back when the order is cancelled", async () => {
    const coupon = await newCoupon({ kind: "fixed", value: 200, usageLimit: 1, perDeviceLimit: 1 });
    const phone = device();
    const first = await orderWith(coupon.code, phone);
    expect(first.status).toBe(201);
    expect((await orderWith(coupon.code, device())).body.error?.code).toBe("coupon_used_up");
    expect((await setStatus(server.url, cookie, first.body.order.id, "cancelled")).status).toBe(200);
    expect((await couponRow(coupon.id)).usedCount).toBe(0);
    expect(await redemptions(coupon.id)).toHaveLength(0);
    // The cancelled order keeps what it showed; the same phone may use the code again.
    const cancelled = await server.db
      .selectFrom("orders")
      .selectAll()
      .where("id", "=", first.body.order.id)
      .executeTakeFirstOrThrow();
    expect(cancelled).toMatchObject({ discount: 200, couponCode: coupon.code });
    expect((await orderWith(coupon.code, phone)).status).toBe(201);
  });
});
