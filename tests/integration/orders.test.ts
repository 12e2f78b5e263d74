import { randomUUID } from "node:crypto";
import type { Order } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, placeOrder } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
});
afterAll(() => server?.stop());

const latteLarge = () => ({
  itemId: shop.item("Latte").id,
  quantity: 2,
  optionIds: [shop.option("Latte", "Large"), shop.option("Latte", "Oat milk")],
  note: "extra hot",
});

describe("POST /api/orders", () => {
  it("prices every line on the server from the menu", async () => {
    const res = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [latteLarge(), { itemId: shop.item("Dumplings").id, quantity: 1 }],
      note: "by the window",
    });
    expect(res.status).toBe(201);
    const { order, orderToken } = res.body;
    // Latte 28.00 + Large 4.00 + Oat 3.00 = 35.00, ×2 = 70.00; Dumplings 32.00.
    expect(order.lines.map((l) => [l.name, l.unitPrice, l.quantity, l.lineTotal])).toEqual([
      ["Latte", 3500, 2, 7000],
      ["Dumplings", 3200, 1, 3200],
    ]);
    expect(order.lines[0]?.options.map((o) => o.name)).toEqual(["Large", "Oat milk"]);
    expect(order.total).toBe(10200);
    expect(order.subtotal).toBe(10200);
    expect(order.currency).toBe("CNY");
    expect(order.status).toBe("placed");
    // Paid at the counter, it is the kitchen's from the start.
    expect(order.placedAt).toBe(order.createdAt);
    expect(order.paymentStatus).toBe("unpaid");
    expect(order.table.label).toBe("T1");
    expect(order.note).toBe("by the window");
    expect(orderToken).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const stored = await server.db
      .selectFrom("orders")
      .select(["total"])
      .where("id", "=", order.id)
      .executeTakeFirstOrThrow();
    expect(stored.total).toBe(10200);
  });

  it("refuses a client-sent price, total or status and writes nothing", async () => {
    const before = await countOrders();
    for (const body of [
      { tableToken: shop.tableToken, lines: [{ ...latteLarge(), price: 1 }] },
      { tableToken: shop.tableToken, lines: [latteLarge()], total: 1 },
      { tableToken: shop.tableToken, lines: [latteLarge()], status: "completed" },
      { tableToken: shop.tableToken, lines: [{ ...latteLarge(), unitPrice: 0 }] },
    ]) {
      const res = await placeOrder(server.url, body);
      expect(res.status).toBe(400);
      expect(res.body.error?.code).toBe("validation_failed");
    }
    expect(await countOrders()).toBe(before);
  });

  it("returns the same order for the same Idempotency-Key, and refuses the key for another cart", async () => {
    const key = randomUUID();
    const body = { tableToken: shop.tableToken, lines: [{ itemId: shop.item("Tea").id, quantity: 1 }] };
    const first = await placeOrder(server.url, body, key);
    const second = await placeOrder(server.url, body, key);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(second.body.order.id).toBe(first.body.order.id);
    expect(second.body.orderToken).toBe(first.body.orderToken);
    expect(await countOrders({ key })).toBe(1);

    const other = await placeOrder(
      server.url,
      { ...body, lines: [{ itemId: shop.item("Tea").id, quantity: 2 }] },
      key,
    );
    expect(other.status).toBe(409);
    expect(other.body.error?.code).toBe("idempotency_conflict");
    expect(await countOrders({ key })).toBe(1);
  });

  it("treats the same cart with its options picked in another order as the same request", async () => {
    const key = randomUUID();
    const lines = (optionIds: string[]) => [{ itemId: shop.item("Latte").id, quantity: 1, optionIds }];
    const large = shop.option("Latte", "Large");
    const oat = shop.option("Latte", "Oat milk");
    const first = await placeOrder(
      server.url,
      { tableToken: shop.tableToken, lines: lines([large, oat]) },
      key,
    );
    const again = await placeOrder(
      server.url,
      { tableToken: shop.tableToken, lines: lines([oat, large]) },
      key,
    );
    expect(again.status).toBe(201);
    expect(again.body.order.id).toBe(first.body.order.id);
  });

  it("creates one order when the same key arrives ten times at once", async () => {
    const key = randomUUID();
    const body = { tableToken: shop.tableToken, lines: [{ itemId: shop.item("Tea").id, quantity: 3 }] };
    const results = await Promise.all(Array.from({ length: 10 }, () => placeOrder(server.url, body, key)));
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(results.map((r) => r.body.order.id)).size).toBe(1);
    expect(await countOrders({ key })).toBe(1);
  });

  it("hands out increasing pickup numbers and per-shop sequence numbers", async () => {
    const orders: Order[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await placeOrder(server.url, {
        counterToken: shop.counterToken,
        lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
      });
      expect(res.status).toBe(201);
      orders.push(res.body.order);
    }
    const [a, b, c] = orders.map((o) => o.pickupNumber);
    expect([b, c]).toEqual([(a ?? 0) + 1, (a ?? 0) + 2]);
    expect(orders[0]?.table.kind).toBe("counter");
    expect(orders[1]?.seq).toBeGreaterThan(orders[0]?.seq ?? Number.POSITIVE_INFINITY);
  });

  it("gives pickup numbers without gaps or repeats under concurrent orders", async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        placeOrder(server.url, {
          tableToken: shop.tableToken,
          lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
        }),
      ),
    );
    const numbers = results.map((r) => r.body.order.pickupNumber).sort((x, y) => x - y);
    const first = numbers[0] ?? 0;
    expect(numbers).toEqual(numbers.map((_, i) => first + i));
  });
});

describe("GET /api/orders/:id", () => {
  it("shows the order to the holder of its token only", async () => {
    const placed = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    const { order, orderToken } = placed.body;
    const mine = await getJson<{ order: Order }>(`${server.url}/api/orders/${order.id}`, {
      Authorization: `Bearer ${orderToken}`,
    });
    expect(mine.status).toBe(200);
    expect(mine.body.order).toEqual(order);

    const forged = await getJson(`${server.url}/api/orders/${order.id}`, {
      Authorization: `Bearer ${orderToken.replace(/.$/, "x")}x`,
    });
    expect(forged.status).toBe(404);
    const missing = await getJson(`${server.url}/api/orders/${order.id}`);
    expect(missing.status).toBe(401);
    const lowercase = await getJson(`${server.url}/api/orders/${order.id}`, {
      Authorization: `bearer ${orderToken}`,
    });
    expect(lowercase.status).toBe(200);
  });
});

async function countOrders(filter: { key?: string } = {}): Promise<number> {
  let query = server.db
    .selectFrom("orders")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("shopId", "=", shop.shopId);
  if (filter.key) query = query.where("idempotencyKey", "=", filter.key);
  return Number((await query.executeTakeFirstOrThrow()).n);
}
