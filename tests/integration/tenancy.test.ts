import type { Order, OrderList } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, placeOrder, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { connected, connectMerchant, record } from "../support/sockets.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shopA: TestShop;
let shopB: TestShop;
let cookieA: string;
let cookieB: string;

beforeAll(async () => {
  server = await startTestServer();
  [shopA, shopB] = await Promise.all([createTestShop(server), createTestShop(server)]);
  cookieA = await login(server.url, shopA.owner.email, shopA.owner.password);
  cookieB = await login(server.url, shopB.owner.email, shopB.owner.password);
});
afterAll(() => server?.stop());

const teaFor = (shop: TestShop) => ({
  tableToken: shop.tableToken,
  lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
});

describe("two shops on one server", () => {
  it("staff never receive another shop's orders over Socket.IO", async () => {
    const boardA = connectMerchant(server.url, cookieA);
    const boardB = connectMerchant(server.url, cookieB);
    await Promise.all([connected(boardA), connected(boardB)]);
    const seenByA = record<Order>(boardA, "order:created");
    const updatesSeenByA = record<Order>(boardA, "order:updated");
    const seenByB = record<Order>(boardB, "order:created");

    const placedB = await placeOrder(server.url, teaFor(shopB));
    await seenByB.next((o) => o.id === placedB.body.order.id);
    await setStatus(server.url, cookieB, placedB.body.order.id, "accepted");
    const placedA = await placeOrder(server.url, teaFor(shopA));
    await seenByA.next((o) => o.id === placedA.body.order.id);

    // A marker order for B placed last: once B has it, anything meant for B has been sent.
    const markerB = await placeOrder(server.url, teaFor(shopB));
    await seenByB.next((o) => o.id === markerB.body.order.id);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seenByA.events.map((o) => o.id)).not.toContain(placedB.body.order.id);
    expect(seenByA.events.map((o) => o.id)).not.toContain(markerB.body.order.id);
    expect(seenByA.events.every((o) => o.shopId === shopA.shopId)).toBe(true);
    expect(updatesSeenByA.events).toEqual([]);
    expect(seenByB.events.map((o) => o.id)).not.toContain(placedA.body.order.id);
    boardA.close();
    boardB.close();
  });

  it("staff cannot read, move or print another shop's orders and tables over REST", async () => {
    const placedB = await placeOrder(server.url, teaFor(shopB));
    const listA = await getJson<OrderList>(`${server.url}/api/merchant/orders`, { Cookie: cookieA });
    expect(listA.status).toBe(200);
    expect(listA.body.orders.map((o) => o.id)).not.toContain(placedB.body.order.id);
    expect(listA.body.orders.length).toBeGreaterThan(0);
    expect(listA.body.orders.every((o) => o.shopId === shopA.shopId)).toBe(true);
    const sinceA = await getJson<OrderList>(`${server.url}/api/merchant/orders?sinceSeq=0`, {
      Cookie: cookieA,
    });
    expect(sinceA.body.orders.map((o) => o.id)).not.toContain(placedB.body.order.id);

    const move = await setStatus(server.url, cookieA, placedB.body.order.id, "accepted");
    expect(move.status).toBe(404);
    const stillPlaced = await server.db
      .selectFrom("orders")
      .select("status")
      .where("id", "=", placedB.body.order.id)
      .executeTakeFirstOrThrow();
    expect(stillPlaced.status).toBe("placed");

    const tableB = shopB.tables[0]?.id;
    expect(
      (await fetch(`${server.url}/api/merchant/tables/${tableB}/qr.png`, { headers: { Cookie: cookieA } }))
        .status,
    ).toBe(404);
    const tablesA = await getJson<{ tables: { id: string }[] }>(`${server.url}/api/merchant/tables`, {
      Cookie: cookieA,
    });
    expect(tablesA.body.tables.map((t) => t.id)).not.toContain(tableB);
  });

  it("refuses sockets and merchant endpoints without a session", async () => {
    const anonymous = connectMerchant(server.url, undefined);
    await expect(connected(anonymous)).rejects.toThrow("unauthorized");
    anonymous.close();
    const forged = connectMerchant(server.url, "tt.sid=s%3Aforged.signature");
    await expect(connected(forged)).rejects.toThrow("unauthorized");
    forged.close();
    expect((await fetch(`${server.url}/api/merchant/orders`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/merchant/tables`)).status).toBe(401);
  });
});
