import type { Order } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, postJson, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { orderAwaitingPayment, pressSandbox } from "../support/payments.js";
import { connectDiner, connected, connectMerchant, type MerchantSocket, record } from "../support/sockets.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** A shop's board, recording both order events. */
async function watchBoard(shop: TestShop) {
  const cookie = await login(server.url, shop.owner.email, shop.owner.password);
  const board: MerchantSocket = connectMerchant(server.url, cookie);
  await connected(board);
  const created = record<Order>(board, "order:created");
  const updated = record<Order>(board, "order:updated");
  /**
   * One socket delivers in the order the server emitted: once a later order's event has arrived, every
   * event of an earlier change has too, so the counts below are final.
   */
  const settle = async () => {
    const marker = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    const id = marker.body.order.id;
    await Promise.race([created.next((o) => o.id === id), updated.next((o) => o.id === id)]);
  };
  const of = (events: Order[], orderId: string) => events.filter((o) => o.id === orderId);
  return { board, cookie, created, updated, settle, of };
}

describe("each change to an order reaches a board as one event of each kind it calls for", () => {
  it("a staff status change: one order:updated, and the diner's page hears it once", async () => {
    const shop = await createTestShop(server);
    const watch = await watchBoard(shop);
    const placed = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    await watch.created.next((o) => o.id === placed.body.order.id);
    const diner = connectDiner(server.url, placed.body.orderToken);
    await connected(diner);
    const dinerUpdates = record<Order>(diner, "order:updated");

    const changed = await setStatus(server.url, watch.cookie, placed.body.order.id, "accepted");
    expect(changed.status).toBe(200);
    await watch.settle();
    await dinerUpdates.next((o) => o.id === placed.body.order.id);

    expect(watch.of(watch.created.events, placed.body.order.id)).toHaveLength(1); // its placement
    expect(watch.of(watch.updated.events, placed.body.order.id)).toEqual([changed.body.order]);
    expect(dinerUpdates.events).toEqual([changed.body.order]);
    watch.board.close();
    diner.close();
  });

  it("a counter payment: one order:updated carrying the payment", async () => {
    const shop = await createTestShop(server);
    const watch = await watchBoard(shop);
    const placed = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    const paid = await postJson<{ order: Order }>(
      `${server.url}/api/merchant/orders/${placed.body.order.id}/paid`,
      { tender: "cash" },
      { Cookie: watch.cookie },
    );
    expect(paid.status).toBe(200);
    await watch.settle();

    expect(watch.of(watch.created.events, placed.body.order.id)).toHaveLength(1);
    expect(watch.of(watch.updated.events, placed.body.order.id)).toEqual([paid.body.order]);
    expect(paid.body.order.paymentStatus).toBe("paid");
    watch.board.close();
  });

  it("a confirmed online payment: one order:created for the kitchen and one order:updated", async () => {
    const shop = await createTestShop(server, { paymentMode: "pay_first" });
    const watch = await watchBoard(shop);
    const payment = await orderAwaitingPayment(server, shop);
    const waiting = await watch.updated.next((o) => o.id === payment.order.id);
    expect(waiting.status).toBe("pending_payment");

    await pressSandbox(payment, "pay");
    const arrived = await watch.created.next((o) => o.id === payment.order.id, 8000);
    await watch.settle();

    expect(arrived).toMatchObject({ status: "placed", paymentStatus: "paid" });
    expect(watch.of(watch.created.events, payment.order.id)).toEqual([arrived]);
    // The diner's page hears only order:updated, so the payment reaches it (and the board) as that too.
    expect(watch.of(watch.updated.events, payment.order.id)).toEqual([waiting, arrived]);
    watch.board.close();
  });
});
