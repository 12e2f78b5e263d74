import { randomUUID } from "node:crypto";
import type { BoardSettings, Order, OrderHistory } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, type JsonResponse, login, placeOrder, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { connected, connectMerchant, record } from "../support/sockets.js";
import { signedInStaff } from "../support/staff.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let other: TestShop;
let owner: string;
let otherOwner: string;

beforeAll(async () => {
  server = await startTestServer();
  [shop, other] = await Promise.all([createTestShop(server), createTestShop(server)]);
  [owner, otherOwner] = await Promise.all([
    login(server.url, shop.owner.email, shop.owner.password),
    login(server.url, other.owner.email, other.owner.password),
  ]);
});
afterAll(() => server?.stop());

type ErrorBody = { error: { code: string; message: string } };
type OrderBody = { order: Order } & Partial<ErrorBody>;

const tea = (s: TestShop) => ({
  tableToken: s.tableToken,
  lines: [{ itemId: s.item("Tea").id, quantity: 1 }],
});

const setStatus = (cookie: string, orderId: string, body: unknown) =>
  postJson<OrderBody>(`${server.url}/api/merchant/orders/${orderId}/status`, body, { Cookie: cookie });

const staffOrder = (cookie: string, body: unknown, key: string = randomUUID()) =>
  postJson<OrderBody>(`${server.url}/api/merchant/orders`, body, { Cookie: cookie, "Idempotency-Key": key });

async function patchSettings(
  cookie: string,
  body: unknown,
): Promise<JsonResponse<BoardSettings & ErrorBody>> {
  const response = await fetch(`${server.url}/api/merchant/board/settings`, {
    method: "PATCH",
    headers: { "Content-Type": "application/json", Cookie: cookie },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

async function historyRows(orderId: string) {
  return server.db
    .selectFrom("orderStatusChanges")
    .select(["toStatus", "reason"])
    .where("orderId", "=", orderId)
    .orderBy("at")
    .execute();
}

describe("cancelling with a reason", () => {
  it("stores the reason with the status history and shows it to the diner", async () => {
    const placed = await placeOrder(server.url, tea(shop));
    const { id } = placed.body.order;
    const cancelled = await setStatus(owner, id, { status: "cancelled", reason: "Sold out <b>today</b>" });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.order.cancelReason).toBe("Sold out <b>today</b>");
    expect(await historyRows(id)).toEqual([
      { toStatus: "placed", reason: null },
      { toStatus: "cancelled", reason: "Sold out <b>today</b>" },
    ]);
    const diner = await getJson<OrderBody>(`${server.url}/api/orders/${id}`, {
      Authorization: `Bearer ${placed.body.orderToken}`,
    });
    expect(diner.body.order.status).toBe("cancelled");
    expect(diner.body.order.cancelReason).toBe("Sold out <b>today</b>");
    const history = await getJson<OrderHistory>(`${server.url}/api/merchant/orders/${id}/history`, {
      Cookie: owner,
    });
    expect(history.body.history.map((entry) => [entry.to, entry.byStaff, entry.reason])).toEqual([
      ["placed", false, null],
      ["cancelled", true, "Sold out <b>today</b>"],
    ]);
  });

  it("refuses an overlong, empty or misplaced reason and unknown fields, writing nothing", async () => {
    const placed = await placeOrder(server.url, tea(shop));
    const { id, seq } = placed.body.order;
    for (const body of [
      { status: "cancelled", reason: "x".repeat(201) },
      { status: "cancelled", reason: "   " },
      { status: "cancelled", reason: "bad\u0000byte" },
      { status: "accepted", reason: "why not" },
      { status: "cancelled", reason: "ok", refund: false },
    ]) {
      const refused = await setStatus(owner, id, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error?.code).toBe("validation_failed");
    }
    expect(await historyRows(id)).toEqual([{ toStatus: "placed", reason: null }]);
    const after = await getJson<{ orders: Order[] }>(`${server.url}/api/merchant/orders`, { Cookie: owner });
    expect(after.body.orders.find((order) => order.id === id)).toMatchObject({ status: "placed", seq });
  });

  it("still cancels without a reason, as before", async () => {
    const placed = await placeOrder(server.url, tea(shop));
    const cancelled = await setStatus(owner, placed.body.order.id, { status: "cancelled" });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.order.cancelReason).toBeNull();
  });

  it("answers 404 for another shop's order and its history, changing nothing", async () => {
    const placed = await placeOrder(server.url, tea(other));
    const { id } = placed.body.order;
    const refused = await setStatus(owner, id, { status: "cancelled", reason: "Not yours" });
    expect(refused.status).toBe(404);
    const history = await getJson<ErrorBody>(`${server.url}/api/merchant/orders/${id}/history`, {
      Cookie: owner,
    });
    expect(history.status).toBe(404);
    expect(await historyRows(id)).toEqual([{ toStatus: "placed", reason: null }]);
  });
});

describe("orders staff take for a table", () => {
  const latteLine = (s: TestShop) => ({
    itemId: s.item("Latte").id,
    quantity: 2,
    optionIds: [s.option("Latte", "Large"), s.option("Latte", "Oat milk")],
    note: "extra hot",
  });
  const tableId = (s: TestShop, label = "T2") => s.tables.find((table) => table.label === label)?.id ?? "";

  it("prices on the server, goes straight to the kitchen as a counter payment, and reaches the board", async () => {
    const board = connectMerchant(server.url, owner);
    await connected(board);
    const created = record<Order>(board, "order:created");
    const key = randomUUID();
    const body = {
      tableId: tableId(shop),
      lines: [latteLine(shop), { itemId: shop.item("Tea").id, quantity: 1 }],
    };
    const placed = await staffOrder(owner, body, key);
    expect(placed.status).toBe(201);
    const { order } = placed.body;
    expect(order).toMatchObject({
      status: "placed",
      paymentMethod: "counter",
      paymentStatus: "unpaid",
      needsApproval: false,
      table: { label: "T2", kind: "table" },
      total: (2800 + 400 + 300) * 2 + 1500,
    });
    expect(order.lines[0]).toMatchObject({ unitPrice: 3500, lineTotal: 7000, note: "extra hot" });
    await created.next((event) => event.id === order.id);
    // The same key answers with the same order, not a second one.
    const again = await staffOrder(owner, body, key);
    expect(again.status).toBe(201);
    expect(again.body.order.id).toBe(order.id);
    const rows = await server.db
      .selectFrom("orders")
      .select("id")
      .where("idempotencyKey", "=", key)
      .execute();
    expect(rows).toHaveLength(1);
    const [first] = await server.db
      .selectFrom("orderStatusChanges")
      .select("staffId")
      .where("orderId", "=", order.id)
      .execute();
    expect(first?.staffId).not.toBeNull();
    board.close();
  });

  it("is open to every role on the board, and a pay-first shop still takes it at the counter", async () => {
    const payFirst = await createTestShop(server, { paymentMode: "pay_first" });
    const staff = await signedInStaff(server, payFirst.shopId, "staff");
    const placed = await staffOrder(staff.cookie, {
      tableId: tableId(payFirst, "T1"),
      lines: [{ itemId: payFirst.item("Tea").id, quantity: 1 }],
    });
    expect(placed.status).toBe(201);
    expect(placed.body.order).toMatchObject({ status: "placed", paymentMethod: "counter", total: 1500 });
  });

  it("refuses prices and totals from the client, bad quantities, and a missing key, writing nothing", async () => {
    const before = await countOrders(shop.shopId);
    for (const body of [
      { tableId: tableId(shop), lines: [{ itemId: shop.item("Tea").id, quantity: 1, unitPrice: 1 }] },
      { tableId: tableId(shop), lines: [{ itemId: shop.item("Tea").id, quantity: 1 }], total: 1 },
      { tableId: tableId(shop), lines: [{ itemId: shop.item("Tea").id, quantity: 0 }] },
      { tableId: tableId(shop), lines: [] },
      { tableId: "T2", lines: [{ itemId: shop.item("Tea").id, quantity: 1 }] },
    ]) {
      const refused = await staffOrder(owner, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
    }
    const noKey = await postJson<ErrorBody>(
      `${server.url}/api/merchant/orders`,
      { tableId: tableId(shop), lines: [{ itemId: shop.item("Tea").id, quantity: 1 }] },
      { Cookie: owner },
    );
    expect(noKey.status).toBe(400);
    expect(noKey.body.error.code).toBe("idempotency_key_required");
    expect(await countOrders(shop.shopId)).toBe(before);
  });

  it("refuses another shop's table (404), sold-out items (409) and other shops' items (422)", async () => {
    const before = await countOrders(shop.shopId);
    const foreignTable = await staffOrder(owner, {
      tableId: tableId(other),
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    expect(foreignTable.status).toBe(404);
    expect(foreignTable.body.error?.code).toBe("table_not_found");
    const soldOut = await staffOrder(owner, {
      tableId: tableId(shop),
      lines: [{ itemId: shop.item("Lemonade").id, quantity: 1 }],
    });
    expect(soldOut.status).toBe(409);
    expect(soldOut.body.error?.code).toBe("sold_out");
    const foreignItem = await staffOrder(owner, {
      tableId: tableId(shop),
      lines: [{ itemId: other.item("Tea").id, quantity: 1 }],
    });
    expect(foreignItem.status).toBe(422);
    expect(await countOrders(shop.shopId)).toBe(before);
  });

  it("needs a staff session", async () => {
    const anonymous = await staffOrder("", {
      tableId: tableId(shop),
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    expect(anonymous.status).toBe(401);
  });
});

describe("escalation setting", () => {
  it("defaults to 5 minutes and is read by every role", async () => {
    const staff = await signedInStaff(server, shop.shopId, "staff");
    const read = await getJson<BoardSettings>(`${server.url}/api/merchant/board/settings`, {
      Cookie: staff.cookie,
    });
    expect(read.status).toBe(200);
    expect(read.body).toEqual({ escalateAfterMinutes: 5 });
  });

  it("is changed by managers and owners, and every board of the shop hears it", async () => {
    const manager = await signedInStaff(server, shop.shopId, "manager");
    const board = connectMerchant(server.url, owner);
    const otherBoard = connectMerchant(server.url, otherOwner);
    await Promise.all([connected(board), connected(otherBoard)]);
    const heard = record<BoardSettings>(board, "board:settings-updated");
    const overheard = record<BoardSettings>(otherBoard, "board:settings-updated");
    const saved = await patchSettings(manager.cookie, { escalateAfterMinutes: 8 });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ escalateAfterMinutes: 8 });
    expect(await heard.next(() => true)).toEqual({ escalateAfterMinutes: 8 });
    const read = await getJson<BoardSettings>(`${server.url}/api/merchant/board/settings`, { Cookie: owner });
    expect(read.body).toEqual({ escalateAfterMinutes: 8 });
    const otherRead = await getJson<BoardSettings>(`${server.url}/api/merchant/board/settings`, {
      Cookie: otherOwner,
    });
    expect(otherRead.body).toEqual({ escalateAfterMinutes: 5 });
    expect(overheard.events).toEqual([]);
    board.close();
    otherBoard.close();
  });

  it("refuses staff (403) and bad values (400), keeping the setting", async () => {
    const staff = await signedInStaff(server, shop.shopId, "staff");
    await patchSettings(owner, { escalateAfterMinutes: 7 });
    const forbidden = await patchSettings(staff.cookie, { escalateAfterMinutes: 1 });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.code).toBe("forbidden");
    for (const body of [
      { escalateAfterMinutes: 0 },
      { escalateAfterMinutes: 121 },
      { escalateAfterMinutes: 2.5 },
      { escalateAfterMinutes: "5" },
      {},
      { escalateAfterMinutes: 5, sound: "loud" },
    ]) {
      const refused = await patchSettings(owner, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error.code).toBe("validation_failed");
    }
    const read = await getJson<BoardSettings>(`${server.url}/api/merchant/board/settings`, { Cookie: owner });
    expect(read.body).toEqual({ escalateAfterMinutes: 7 });
  });
});

async function countOrders(shopId: string): Promise<number> {
  const rows = await server.db.selectFrom("orders").select("id").where("shopId", "=", shopId).execute();
  return rows.length;
}
