import { randomUUID } from "node:crypto";
import type { DinerNotification, Order, OrderList } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, placeOrder, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { orderAwaitingPayment, pressSandbox } from "../support/payments.js";
import { connectDiner, connected, connectMerchant, record } from "../support/sockets.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(() => server?.stop());

const tea = (quantity = 1) => ({
  tableToken: shop.tableToken,
  lines: [{ itemId: shop.item("Tea").id, quantity }],
});

describe("the live board", () => {
  it("receives a new order within a second, with the server-computed total", async () => {
    const board = connectMerchant(server.url, cookie);
    await connected(board);
    const created = record<Order>(board, "order:created");
    const started = performance.now();
    const placed = await placeOrder(server.url, tea(3));
    const event = await created.next((o) => o.id === placed.body.order.id, 1000);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(event.total).toBe(4500);
    expect(event).toEqual(placed.body.order);
    board.close();
  });

  it("after a dropped connection, fetching since the last seq returns every missed change", async () => {
    const board = connectMerchant(server.url, cookie);
    await connected(board);
    const initial = await getJson<OrderList>(`${server.url}/api/merchant/orders`, { Cookie: cookie });
    let lastSeq = initial.body.lastSeq;
    const created = record<Order>(board, "order:created");
    const first = await placeOrder(server.url, tea());
    const seen = await created.next((o) => o.id === first.body.order.id);
    lastSeq = Math.max(lastSeq, seen.seq);
    board.close();

    // While the board is away: two new orders and a status change to the one it knew.
    const missedA = await placeOrder(server.url, tea());
    const missedB = await placeOrder(server.url, tea(2));
    const accepted = await setStatus(server.url, cookie, first.body.order.id, "accepted");
    expect(accepted.status).toBe(200);

    const again = connectMerchant(server.url, cookie);
    await connected(again);
    const catchUp = await getJson<OrderList>(`${server.url}/api/merchant/orders?sinceSeq=${lastSeq}`, {
      Cookie: cookie,
    });
    expect(catchUp.status).toBe(200);
    const byId = new Map(catchUp.body.orders.map((o) => [o.id, o]));
    expect(byId.get(missedA.body.order.id)?.status).toBe("placed");
    expect(byId.get(missedB.body.order.id)?.total).toBe(3000);
    expect(byId.get(first.body.order.id)?.status).toBe("accepted");
    expect(catchUp.body.orders.every((o) => o.seq > lastSeq)).toBe(true);
    expect(catchUp.body.lastSeq).toBe(Math.max(...catchUp.body.orders.map((o) => o.seq)));
    again.close();
  });

  it("lists active orders and hands out a strictly increasing seq per change", async () => {
    const placed = await placeOrder(server.url, tea());
    const id = placed.body.order.id;
    const seqs = [placed.body.order.seq];
    for (const status of ["accepted", "preparing", "ready", "completed"]) {
      const moved = await setStatus(server.url, cookie, id, status);
      expect(moved.status).toBe(200);
      expect(moved.body.order.status).toBe(status);
      seqs.push(moved.body.order.seq);
    }
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(seqs.length);
    const list = await getJson<OrderList>(`${server.url}/api/merchant/orders`, { Cookie: cookie });
    expect(list.body.orders.find((o) => o.id === id)?.status).toBe("completed");
  });

  it("refuses moves the status machine does not allow, and a second tap on the same step", async () => {
    const placed = await placeOrder(server.url, tea());
    const id = placed.body.order.id;
    const skip = await setStatus(server.url, cookie, id, "completed");
    expect(skip.status).toBe(409);
    expect((skip.body as unknown as { error: { code: string } }).error.code).toBe("invalid_transition");
    const taps = await Promise.all([
      setStatus(server.url, cookie, id, "accepted"),
      setStatus(server.url, cookie, id, "accepted"),
    ]);
    expect(taps.map((t) => t.status).sort()).toEqual([200, 409]);
    const changes = await server.db
      .selectFrom("orderStatusChanges")
      .select("toStatus")
      .where("orderId", "=", id)
      .execute();
    expect(changes.map((c) => c.toStatus)).toEqual(["placed", "accepted"]);
    const bogus = await setStatus(server.url, cookie, id, "pending_payment");
    expect(bogus.status).toBe(400);
  });
});

describe("the diner's live status", () => {
  it("follows every change and gets one 'ready' notification through the notifications queue", async () => {
    const placed = await placeOrder(server.url, tea());
    const { order, orderToken } = placed.body;
    const diner = connectDiner(server.url, orderToken);
    await connected(diner);
    const updates = record<Order>(diner, "order:updated");
    const notes = record<DinerNotification>(diner, "notification:sent");

    for (const status of ["accepted", "preparing", "ready"])
      await setStatus(server.url, cookie, order.id, status);
    await updates.next((o) => o.status === "ready");
    const note = await notes.next();
    expect(note).toEqual({ kind: "order_ready", orderId: order.id, pickupNumber: order.pickupNumber });
    expect(updates.events.map((o) => o.status)).toEqual(["accepted", "preparing", "ready"]);

    // The job went through the outbox, with the outbox id as its BullMQ job id.
    const outbox = await server.db
      .selectFrom("outbox")
      .selectAll()
      .where("payload", "like", `%${order.id}%`)
      .execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]?.dispatchedAt).not.toBeNull();
    const job = await server.queues.notifications.getJob(outbox[0]?.id ?? "");
    expect(job?.name).toBe("order.ready");
    await expect.poll(() => job?.isCompleted() ?? false).toBe(true);

    // A second delivery of the same job (at-least-once) does not notify again.
    await server.db
      .updateTable("outbox")
      .set({ dispatchedAt: null, completedAt: null })
      .where("id", "=", outbox[0]?.id ?? "")
      .execute();
    await job?.remove();
    await server.dispatcher.flush();
    const redelivered = await server.queues.notifications.getJob(outbox[0]?.id ?? "");
    await expect.poll(async () => (await redelivered?.isCompleted()) ?? false).toBe(true);
    expect(notes.events).toHaveLength(1);
    const sent = await server.db
      .selectFrom("notifications")
      .selectAll()
      .where("orderId", "=", order.id)
      .execute();
    expect(sent.map((n) => [n.kind, n.channel, n.status])).toEqual([["order_ready", "socket", "sent"]]);
    diner.close();
  });

  it("only opens the order its token belongs to", async () => {
    const a = await placeOrder(server.url, tea());
    const b = await placeOrder(server.url, tea());
    const diner = connectDiner(server.url, a.body.orderToken);
    await connected(diner);
    const updates = record<Order>(diner, "order:updated");
    await setStatus(server.url, cookie, b.body.order.id, "accepted");
    await setStatus(server.url, cookie, a.body.order.id, "accepted");
    await updates.next((o) => o.id === a.body.order.id);
    expect(updates.events.map((o) => o.id)).toEqual([a.body.order.id]);
    diner.close();

    const forged = connectDiner(server.url, "x".repeat(22));
    await expect(connected(forged)).rejects.toThrow("unauthorized");
    forged.close();
  });
});

describe("a pay-first order on the live board", () => {
  it("comes as an update while it waits for payment, so the board sees every seq, and as new once paid", async () => {
    const payFirst = await createTestShop(server, { paymentMode: "pay_first" });
    const staff = await login(server.url, payFirst.owner.email, payFirst.owner.password);
    const board = connectMerchant(server.url, staff);
    await connected(board);
    const created = record<Order>(board, "order:created");
    const updated = record<Order>(board, "order:updated");
    const before = await getJson<OrderList>(`${server.url}/api/merchant/orders`, { Cookie: staff });

    const body = {
      tableToken: payFirst.tableToken,
      lines: [{ itemId: payFirst.item("Tea").id, quantity: 1 }],
    };
    const key = randomUUID();
    const placed = await placeOrder(server.url, body, key);
    expect(placed.body.order.status).toBe("pending_payment");
    const waiting = await updated.next((o) => o.id === placed.body.order.id);
    expect(waiting).toEqual(placed.body.order);
    expect(waiting.seq).toBe(before.body.lastSeq + 1);
    // Retrying the same submission changes nothing, so it sends nothing either.
    const retried = await placeOrder(server.url, body, key);
    expect(retried.body.order).toEqual(placed.body.order);

    // Paid: now it is the kitchen's, and a new order for the board.
    const payment = await orderAwaitingPayment(server, payFirst);
    await pressSandbox(payment, "pay");
    const arrived = await created.next((o) => o.id === payment.order.id, 8000);
    expect(arrived).toMatchObject({ status: "placed", paymentStatus: "paid" });
    expect(created.events.map((o) => o.id)).toEqual([payment.order.id]);
    const seqs = [...updated.events, ...created.events].map((o) => o.seq);
    const after = await getJson<OrderList>(`${server.url}/api/merchant/orders`, { Cookie: staff });
    // Every change of this shop since the board connected reached it as an event.
    expect(new Set(seqs)).toEqual(
      new Set(
        Array.from(
          { length: after.body.lastSeq - before.body.lastSeq },
          (_, i) => before.body.lastSeq + 1 + i,
        ),
      ),
    );
    expect(updated.events.filter((o) => o.id === placed.body.order.id)).toHaveLength(1);
    board.close();
  });
});
