import { randomUUID } from "node:crypto";
import { MAX_LINE_TOTAL, MAX_ORDER_TOTAL } from "@tabletap/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { type ApiFailure, addItem, created } from "../support/menu.js";
import { rowSnapshot } from "../support/row-snapshot.js";
import { call } from "../support/tables.js";
import { dialectUnderTest, startTestServer, type TestServer } from "../support/test-server.js";

/**
 * Money at its limits: orders too large for the limits, and menus or orders that would make a line
 * negative, are refused with a 4xx naming the limit, nothing written, on both dialects alike.
 */

let server: TestServer;
let shop: TestShop;
let cookie: string;
let categoryId: string;
/** 10,000.00: 99 of them fit one line, 50 such lines do not fit one order. */
let dear: string;
/** 100,000.00, the dearest price a menu takes: ten of them are exactly one line's limit. */
let dearest: string;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
  categoryId = shop.menu.categories[0]?.id ?? "";
  dear = await addItem(server, cookie, { categoryId, name: "Dear", price: 1_000_000 });
  dearest = await addItem(server, cookie, { categoryId, name: "Dearest", price: 10_000_000 });
});
afterAll(async () => {
  await server?.stop();
});

const tableOrder = (lines: unknown[]) => ({ tableToken: shop.tableToken, lines });
const lines = (itemId: string, count: number, quantity: number) =>
  Array.from({ length: count }, () => ({ itemId, quantity }));

async function expectRefusedUntouched(send: () => Promise<{ status: number; body: unknown }>, code: string) {
  const before = await rowSnapshot(server.db);
  const answer = await send();
  expect(answer.status).toBe(422);
  expect((answer.body as ApiFailure).error.code).toBe(code);
  expect(await rowSnapshot(server.db)).toEqual(before);
}

describe("orders at the money limits", () => {
  it("refuses 50 lines of 99 dear dishes with order_total_too_large, writes nothing, and keeps serving", async () => {
    await expectRefusedUntouched(
      () => placeOrder(server.url, tableOrder(lines(dear, 50, 99))),
      "order_total_too_large",
    );
    await expectRefusedUntouched(
      () => placeOrder(server.url, tableOrder(lines(dearest, 1, 99))),
      "line_total_too_large",
    );
    const ordinary = await placeOrder(server.url, tableOrder([{ itemId: shop.item("Tea").id, quantity: 1 }]));
    expect(ordinary.status).toBe(201);
  });

  it("stores a line and an order exactly at the limits, and their payment with the largest tip, exactly", async () => {
    const placed = await placeOrder(server.url, tableOrder(lines(dearest, 10, 10)));
    expect(placed.status).toBe(201);
    expect(placed.body.order.total).toBe(MAX_ORDER_TOTAL);
    const paid = await postJson(
      `${server.url}/api/merchant/orders/${placed.body.order.id}/paid`,
      { tender: "card", tip: 1_000_000 },
      { Cookie: cookie },
    );
    expect(paid.status).toBe(200);

    const order = await server.db
      .selectFrom("orders")
      .select(["subtotal", "total", "tip"])
      .where("id", "=", placed.body.order.id)
      .executeTakeFirstOrThrow();
    expect(order).toEqual({ subtotal: MAX_ORDER_TOTAL, total: MAX_ORDER_TOTAL, tip: 1_000_000 });
    const stored = await server.db
      .selectFrom("orderLines")
      .select(["unitPrice", "lineTotal"])
      .where("orderId", "=", placed.body.order.id)
      .execute();
    expect(stored).toEqual(Array(10).fill({ unitPrice: 10_000_000, lineTotal: MAX_LINE_TOTAL }));
    const payment = await server.db
      .selectFrom("payments")
      .select("amount")
      .where("orderId", "=", placed.body.order.id)
      .executeTakeFirstOrThrow();
    expect(payment.amount).toBe(MAX_ORDER_TOTAL + 1_000_000);
  });

  it("keeps money columns 64-bit wide, so the limits, not the database, decide what fits", async () => {
    const placed = await placeOrder(server.url, tableOrder([{ itemId: shop.item("Tea").id, quantity: 1 }]));
    const beyond32Bits = 2 ** 31 + 1;
    await server.db
      .updateTable("orders")
      .set({ subtotal: beyond32Bits, total: beyond32Bits })
      .where("id", "=", placed.body.order.id)
      .execute();
    const row = await server.db
      .selectFrom("orders")
      .select(["subtotal", "total"])
      .where("id", "=", placed.body.order.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ subtotal: beyond32Bits, total: beyond32Bits });
    if (dialectUnderTest() === "postgres") {
      const { rows } = await sql<{ column: string; type: string }>`
        select table_name || '.' || column_name as column, data_type as type from information_schema.columns
        where table_schema = current_schema() and table_name <> 'coupons' and (column_name in ('subtotal',
          'discount', 'total', 'tip', 'unit_price', 'line_total', 'amount') or (table_name in ('tab_ledgers', 'tab_parts') and
          column_name in ('held', 'paid', 'settled', 'share_base', 'refund_due', 'refunded')))
        order by 1`.execute(server.db);
      expect(rows.filter((r) => r.type !== "bigint")).toEqual([]);
      // Every money column by name, so a new one is looked at here rather than counted.
      expect(rows.map((r) => r.column)).toEqual([
        "order_lines.line_total",
        "order_lines.unit_price",
        "orders.discount",
        "orders.subtotal",
        "orders.tip",
        "orders.total",
        "payment_events.amount",
        "payments.amount",
        "sandbox_checkouts.amount",
        "tab_ledgers.held",
        "tab_ledgers.paid",
        "tab_ledgers.settled",
        "tab_parts.amount",
        "tab_parts.refund_due",
        "tab_parts.refunded",
        "tab_parts.share_base",
        "tab_parts.tip",
      ]);
    }
  });
});

describe("negative lines", () => {
  const M = "/api/merchant/menu";
  const newItemWithGroup = async (price: number, maxChoices = 1) => {
    const itemId = await addItem(server, cookie, {
      categoryId,
      name: `Deal ${randomUUID().slice(0, 6)}`,
      price,
    });
    const groupId = await created(
      call(server, "POST", `${M}/items/${itemId}/option-groups`, {
        cookie,
        body: { name: "Vouchers", minChoices: 0, maxChoices },
      }),
    );
    return { itemId, groupId };
  };
  const addOption = (groupId: string, priceDelta: number) =>
    call(server, "POST", `${M}/option-groups/${groupId}/options`, {
      cookie,
      body: { name: `Voucher ${priceDelta}`, priceDelta },
    });

  it("takes a discount option that leaves the dish at zero or more", async () => {
    const { groupId } = await newItemWithGroup(1500);
    expect((await addOption(groupId, -1500)).status).toBe(201);
  });

  it("refuses a menu edit that would let a dish be ordered below zero, changing nothing", async () => {
    const { itemId, groupId } = await newItemWithGroup(1500);
    await expectRefusedUntouched(() => addOption(groupId, -1501), "negative_line_price");

    const optionId = await created(addOption(groupId, -1000));
    await created(addOption(groupId, -900));
    await expectRefusedUntouched(
      () => call(server, "PATCH", `${M}/items/${itemId}`, { cookie, body: { price: 999 } }),
      "negative_line_price",
    );
    await expectRefusedUntouched(
      () => call(server, "PATCH", `${M}/options/${optionId}`, { cookie, body: { priceDelta: -1600 } }),
      "negative_line_price",
    );
    // Two vouchers at once would come to −400.
    await expectRefusedUntouched(
      () => call(server, "PATCH", `${M}/option-groups/${groupId}`, { cookie, body: { maxChoices: 2 } }),
      "negative_line_price",
    );
  });

  it("refuses deleting a required group that kept a discount from going below zero", async () => {
    const itemId = await addItem(server, cookie, { categoryId, name: "Set menu", price: 0 });
    const required = await created(
      call(server, "POST", `${M}/items/${itemId}/option-groups`, {
        cookie,
        body: { name: "Main", minChoices: 1, maxChoices: 1 },
      }),
    );
    await created(addOption(required, 2000));
    const discounts = await created(
      call(server, "POST", `${M}/items/${itemId}/option-groups`, {
        cookie,
        body: { name: "Deals", minChoices: 0, maxChoices: 1 },
      }),
    );
    await created(addOption(discounts, -500));
    await expectRefusedUntouched(
      () => call(server, "DELETE", `${M}/option-groups/${required}`, { cookie }),
      "negative_line_price",
    );
  });

  it("refuses an order with a negative line even from a menu that allows one", async () => {
    // A menu stored before the rule, or written around it: the order is refused on its own account.
    const { itemId, groupId } = await newItemWithGroup(100);
    const optionId = randomUUID();
    await server.db
      .insertInto("options")
      .values({
        id: optionId,
        shopId: shop.shopId,
        groupId,
        name: "Old voucher",
        priceDelta: -500,
        position: 9,
      })
      .execute();
    await server.db
      .updateTable("shops")
      .set((eb) => ({ menuVersion: eb("menuVersion", "+", 1) }))
      .where("id", "=", shop.shopId)
      .execute();
    await expectRefusedUntouched(
      () => placeOrder(server.url, tableOrder([{ itemId, quantity: 2, optionIds: [optionId] }])),
      "negative_line_price",
    );
    // The old menu can still be edited, as long as the edit does not make the dish cheaper still.
    const rename = await call(server, "PATCH", `${M}/items/${itemId}`, { cookie, body: { name: "Renamed" } });
    expect(rename.status).toBe(204);
  });
});
