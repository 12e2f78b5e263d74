import { randomUUID } from "node:crypto";
import type { MerchantTable, Order, PaymentMode } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, postJson, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { connected, connectMerchant, type MerchantSocket, record } from "../support/sockets.js";
import { signedInStaff } from "../support/staff.js";
import { call, closeTable, listTables, openTable, setSittingsEnabled } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

/** A shop that asks for approval of orders from unopened tables, with a signed-in owner and floor staff. */
async function sittingShop(paymentMode: PaymentMode = "pay_at_counter", enabled = true) {
  const shop = await createTestShop(server, { paymentMode });
  const owner = await login(server.url, shop.owner.email, shop.owner.password);
  const staff = (await signedInStaff(server, shop.shopId, "staff")).cookie;
  if (enabled) expect((await setSittingsEnabled(server, owner, true)).status).toBe(200);
  const tableId = (label: string) => shop.tables.find((t) => t.label === label)?.id ?? "";
  const tokenOf = (label: string) => shop.tables.find((t) => t.label === label)?.token ?? "";
  return { shop, owner, staff, tableId, tokenOf };
}

const tea = (shop: TestShop, where: { tableToken: string } | { counterToken: string }, payment?: string) => ({
  ...where,
  lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
  ...(payment ? { payment } : {}),
});

const approve = (cookie: string, orderId: string) =>
  postJson<{ order: Order; error?: { code: string } }>(
    `${server.url}/api/merchant/orders/${orderId}/approve`,
    undefined,
    { Cookie: cookie },
  );

const openSittings = (tableId: string) =>
  server.db
    .selectFrom("tableSittings")
    .selectAll()
    .where("tableId", "=", tableId)
    .where("closedAt", "is", null)
    .execute();

async function board(cookie: string): Promise<MerchantSocket> {
  const socket = connectMerchant(server.url, cookie);
  await connected(socket);
  return socket;
}

describe("table sittings in a pay-at-counter shop", () => {
  it("holds an order from an unopened table for approval; approving sends it in and opens the table", async () => {
    const { shop, owner, staff, tableId, tokenOf } = await sittingShop();
    const socket = await board(owner);
    const created = record<Order>(socket, "order:created");
    const updated = record<Order>(socket, "order:updated");
    const tables = record<MerchantTable>(socket, "table:updated");

    const first = await placeOrder(server.url, tea(shop, { tableToken: tokenOf("T1") }));
    expect(first.status).toBe(201);
    expect(first.body.order).toMatchObject({ status: "placed", needsApproval: true });
    const arrived = await created.next((o) => o.id === first.body.order.id);
    expect(arrived.needsApproval).toBe(true);

    const refused = await setStatus(server.url, staff, first.body.order.id, "accepted");
    expect(refused.status).toBe(409);
    expect((refused.body as unknown as { error: { code: string } }).error.code).toBe("approval_required");
    const row = await server.db
      .selectFrom("orders")
      .select(["status", "needsApproval", "seq"])
      .where("id", "=", first.body.order.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "placed", needsApproval: 1, seq: first.body.order.seq });
    expect(await openSittings(tableId("T1"))).toHaveLength(0);

    // Floor staff may approve; the change reaches the board as an update with a newer seq.
    const approved = await approve(staff, first.body.order.id);
    expect(approved.status).toBe(200);
    expect(approved.body.order).toMatchObject({ status: "placed", needsApproval: false });
    expect(approved.body.order.seq).toBeGreaterThan(first.body.order.seq);
    const news = await updated.next((o) => o.id === first.body.order.id);
    expect(news).toMatchObject({ needsApproval: false, seq: approved.body.order.seq });
    const opened = await tables.next((t) => t.id === tableId("T1"));
    expect(opened.sitting).not.toBeNull();
    expect(await openSittings(tableId("T1"))).toHaveLength(1);
    expect((await approve(staff, first.body.order.id)).status).toBe(409);
    expect((await setStatus(server.url, staff, first.body.order.id, "accepted")).status).toBe(200);

    // The table is open now: its next order goes straight in.
    const second = await placeOrder(server.url, tea(shop, { tableToken: tokenOf("T1") }));
    expect(second.body.order.needsApproval).toBe(false);
    expect((await setStatus(server.url, staff, second.body.order.id, "accepted")).status).toBe(200);

    // The guests leave: the sitting ends, and a later order (say, from a photo of the code) waits again.
    const closed = await closeTable(server, staff, tableId("T1"));
    expect(closed.status).toBe(200);
    expect(closed.body.table.sitting).toBeNull();
    expect((await tables.next((t) => t.id === tableId("T1") && t.sitting === null)).label).toBe("T1");
    const third = await placeOrder(server.url, tea(shop, { tableToken: tokenOf("T1") }));
    expect(third.body.order.needsApproval).toBe(true);
    const sittings = await server.db
      .selectFrom("tableSittings")
      .selectAll()
      .where("tableId", "=", tableId("T1"))
      .execute();
    expect(sittings).toHaveLength(1);
    expect(sittings[0]?.closedAt).not.toBeNull();
    socket.close();
  });

  it("lets staff reject a held order by cancelling it, after which it cannot be approved", async () => {
    const { shop, staff, tableId, tokenOf } = await sittingShop();
    const held = await placeOrder(server.url, tea(shop, { tableToken: tokenOf("T2") }));
    const cancelled = await setStatus(server.url, staff, held.body.order.id, "cancelled");
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.order.status).toBe("cancelled");
    const late = await approve(staff, held.body.order.id);
    expect(late.status).toBe(409);
    expect(late.body.error?.code).toBe("invalid_transition");
    expect(await openSittings(tableId("T2"))).toHaveLength(0);
  });

  it("sends orders from a table staff opened straight to the kitchen", async () => {
    const { shop, staff, tableId, tokenOf } = await sittingShop();
    const opened = await openTable(server, staff, tableId("T3"));
    expect(opened.status).toBe(201);
    expect(opened.body.table.sitting?.openedAt).toMatch(/Z$/);
    const socket = await board(staff);
    const created = record<Order>(socket, "order:created");
    const order = await placeOrder(server.url, tea(shop, { tableToken: tokenOf("T3") }));
    expect(order.body.order.needsApproval).toBe(false);
    expect((await created.next((o) => o.id === order.body.order.id)).needsApproval).toBe(false);
    expect((await setStatus(server.url, staff, order.body.order.id, "accepted")).status).toBe(200);
    const listed = (await listTables(server, staff)).tables.find((t) => t.id === tableId("T3"));
    expect(listed?.sitting).toEqual(opened.body.table.sitting);
    socket.close();
  });

  it("opens an unopened table when staff take an order at it, so the table's next orders go straight in", async () => {
    const { shop, staff, tableId, tokenOf } = await sittingShop();
    const socket = await board(staff);
    const tables = record<MerchantTable>(socket, "table:updated");
    const taken = await postJson<{ order: Order }>(
      `${server.url}/api/merchant/orders`,
      { tableId: tableId("T2"), lines: [{ itemId: shop.item("Tea").id, quantity: 1 }] },
      { Cookie: staff, "Idempotency-Key": randomUUID() },
    );
    expect(taken.status).toBe(201);
    expect(taken.body.order.needsApproval).toBe(false);
    const [sitting] = await openSittings(tableId("T2"));
    expect(sitting?.openedBy).toBeTruthy();
    const order = await server.db
      .selectFrom("orders")
      .select("sittingId")
      .where("id", "=", taken.body.order.id)
      .executeTakeFirstOrThrow();
    expect(order.sittingId).toBe(sitting?.id);
    expect((await tables.next((t) => t.id === tableId("T2"))).sitting).not.toBeNull();

    const next = await placeOrder(server.url, tea(shop, { tableToken: tokenOf("T2") }));
    expect(next.body.order.needsApproval).toBe(false);
    expect(await openSittings(tableId("T2"))).toHaveLength(1);
    socket.close();
  });

  it("needs no sitting for takeaway orders from the counter code", async () => {
    const { shop, staff } = await sittingShop();
    const order = await placeOrder(server.url, tea(shop, { counterToken: shop.counterToken }));
    expect(order.body.order).toMatchObject({ needsApproval: false, table: { kind: "counter" } });
    expect((await setStatus(server.url, staff, order.body.order.id, "accepted")).status).toBe(200);
    const counter = shop.tables.find((t) => t.kind === "counter")?.id ?? "";
    const refused = await openTable(server, staff, counter);
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe("sitting_not_allowed");
  });

  it("leaves shops that have not turned sittings on as they were: orders go straight in", async () => {
    const { shop, owner, tokenOf } = await sittingShop("pay_at_counter", false);
    expect((await listTables(server, owner)).sittingsEnabled).toBe(false);
    const order = await placeOrder(server.url, tea(shop, { tableToken: tokenOf("T1") }));
    expect(order.body.order.needsApproval).toBe(false);
    expect((await setStatus(server.url, owner, order.body.order.id, "accepted")).status).toBe(200);
  });

  it("opens a table once however many tablets press Open at the same moment", async () => {
    const { owner, staff, tableId } = await sittingShop();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => openTable(server, i % 2 ? owner : staff, tableId("T2"))),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(11);
    const open = await openSittings(tableId("T2"));
    expect(open).toHaveLength(1);
    expect(new Set(results.map((r) => r.body.table.sitting?.id))).toEqual(new Set([open[0]?.id]));
    // Closing twice is harmless too, and the table can be opened again afterwards.
    const closes = await Promise.all([
      closeTable(server, owner, tableId("T2")),
      closeTable(server, staff, tableId("T2")),
    ]);
    expect(closes.map((r) => r.status)).toEqual([200, 200]);
    expect(await openSittings(tableId("T2"))).toHaveLength(0);
    expect((await openTable(server, staff, tableId("T2"))).status).toBe(201);
  });

  it("opens the table once when two held orders from it are approved at the same moment", async () => {
    const { shop, owner, staff, tableId, tokenOf } = await sittingShop();
    const held = await Promise.all([
      placeOrder(server.url, tea(shop, { tableToken: tokenOf("T1") })),
      placeOrder(server.url, tea(shop, { tableToken: tokenOf("T1") })),
    ]);
    expect(held.map((h) => h.body.order.needsApproval)).toEqual([true, true]);
    const approvals = await Promise.all([
      approve(owner, held[0]?.body.order.id ?? ""),
      approve(staff, held[1]?.body.order.id ?? ""),
    ]);
    expect(approvals.map((a) => a.status)).toEqual([200, 200]);
    expect(await openSittings(tableId("T1"))).toHaveLength(1);
  });

  it("closes the sitting of a table that is switched off, and refuses to open it while off", async () => {
    const { owner, staff, tableId } = await sittingShop();
    await openTable(server, staff, tableId("T3"));
    const off = await call(server, "PATCH", `/api/merchant/tables/${tableId("T3")}`, {
      cookie: owner,
      body: { active: false },
    });
    expect(off.status).toBe(200);
    expect(await openSittings(tableId("T3"))).toHaveLength(0);
    const refused = await openTable(server, staff, tableId("T3"));
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe("sitting_not_allowed");
  });

  it("keeps approvals within the shop: another shop's order is unknown and stays held", async () => {
    const mine = await sittingShop();
    const theirs = await sittingShop();
    const held = await placeOrder(server.url, tea(theirs.shop, { tableToken: theirs.tokenOf("T1") }));
    const res = await approve(mine.owner, held.body.order.id);
    expect(res.status).toBe(404);
    const row = await server.db
      .selectFrom("orders")
      .select(["needsApproval", "seq"])
      .where("id", "=", held.body.order.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ needsApproval: 1, seq: held.body.order.seq });
    expect(await openSittings(theirs.tableId("T1"))).toHaveLength(0);
    expect((await approve(mine.owner, "not-an-order")).status).toBe(404);
  });
});

describe("table sittings and paying first", () => {
  it("keeps pay-first orders out of the kitchen until paid, with no approval step", async () => {
    const { shop, tokenOf } = await sittingShop("pay_first");
    const order = await placeOrder(server.url, tea(shop, { tableToken: tokenOf("T1") }));
    expect(order.body.order).toMatchObject({ status: "pending_payment", needsApproval: false });
  });

  it("in a shop taking both, holds only the orders to be paid at the counter", async () => {
    const { shop, tokenOf } = await sittingShop("both");
    const online = await placeOrder(server.url, tea(shop, { tableToken: tokenOf("T1") }, "online"));
    expect(online.body.order).toMatchObject({ status: "pending_payment", needsApproval: false });
    const counter = await placeOrder(server.url, tea(shop, { tableToken: tokenOf("T1") }, "counter"));
    expect(counter.body.order).toMatchObject({ status: "placed", needsApproval: true });
  });
});
