import { randomUUID } from "node:crypto";
import { rotateToken } from "@tabletap/server/features/tables/tables.repository";
import type { CartSubmitted, TableCart, TableTab } from "@tabletap/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, placeOrder, postJson, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { connected, type DinerSocket, record } from "../support/sockets.js";
import { addLine, cartCall, connectTable, orderLines } from "../support/table-cart.js";
import { closeTable, openTable, setSittingsEnabled } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
const sockets: DinerSocket[] = [];

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.disconnect();
});
afterAll(() => server?.stop());

const tokenOf = (label: string) => shop.tables.find((t) => t.label === label)?.token ?? "";
const tableIdOf = (label: string) => shop.tables.find((t) => t.label === label)?.id ?? "";

async function phones(token: string, count: number): Promise<DinerSocket[]> {
  const opened = Array.from({ length: count }, () => connectTable(server.url, token));
  sockets.push(...opened);
  await Promise.all(opened.map(connected));
  return opened;
}

async function cartOf(socket: DinerSocket): Promise<TableCart> {
  const ack = await cartCall(socket, "cart:sync");
  if (!ack.ok) throw new Error(ack.error.message);
  return ack.data;
}

const dataOf = (ack: Awaited<ReturnType<typeof cartCall>>) => {
  if (!ack.ok) throw new Error(`refused: ${ack.error.code} ${ack.error.message}`);
  return ack.data;
};

/** The newest cart a phone has heard, by version: what its screen shows. */
const latest = (carts: TableCart[]) => carts.reduce((a, b) => (b.version > a.version ? b : a));

const lineSummary = (cart: TableCart) =>
  cart.lines.map((line) => `${line.id}:${line.itemId}:${line.quantity}:${line.addedBy}`).sort();

const tabOf = async (token: string) =>
  (await getJson<TableTab>(`${server.url}/api/tables/${token}/tab`)).body;

describe("one live cart per table", () => {
  it("merges three phones' concurrent adds, quantity changes and removals into one cart all agree on", async () => {
    const [ana, ben, chen] = await phones(tokenOf("T2"), 3);
    if (!ana || !ben || !chen) throw new Error("no phones");
    const heard = [ana, ben, chen].map((socket) => record<TableCart>(socket, "cart:updated"));
    const tea = shop.item("Tea").id;
    const dumplings = shop.item("Dumplings").id;
    const latte = shop.item("Latte").id;
    const large = shop.option("Latte", "Large");

    // Round 1: each phone adds four lines at the same moment.
    const ids = { ana: [0, 1, 2, 3].map(() => randomUUID()), ben: [0, 1, 2, 3].map(() => randomUUID()) };
    const chenIds = [0, 1, 2, 3].map(() => randomUUID());
    const adds = await Promise.all([
      ...ids.ana.map((id) => addLine(ana, { itemId: tea, nickname: "Ana" }, id)),
      ...ids.ben.map((id) => addLine(ben, { itemId: dumplings, nickname: "Ben", quantity: 2 }, id)),
      ...chenIds.map((id) =>
        addLine(chen, { itemId: latte, nickname: "Chen", optionIds: [large], note: "hot" }, id),
      ),
    ]);
    expect(adds.every((ack) => ack.ok)).toBe(true);

    // Round 2, interleaved: quantity changes on others' lines, removals, and a clash where Ben removes a
    // line while Chen changes its quantity (whichever comes second must not bring it back).
    const [a0, a1, a2, a3] = ids.ana as [string, string, string, string];
    const [b0, b1, b2] = ids.ben as [string, string, string];
    const [c0, c1] = chenIds as [string, string];
    const bensLateTea = randomUUID();
    const round2 = await Promise.all([
      cartCall(ana, "cart:set-quantity", { lineId: b0, quantity: 5 }),
      cartCall(ben, "cart:remove-line", { lineId: a1 }),
      cartCall(chen, "cart:set-quantity", { lineId: a1, quantity: 7 }),
      cartCall(ben, "cart:set-quantity", { lineId: c0, quantity: 3 }),
      cartCall(chen, "cart:remove-line", { lineId: b1 }),
      cartCall(ana, "cart:remove-line", { lineId: c1 }),
      cartCall(ana, "cart:set-quantity", { lineId: a0, quantity: 4 }),
      addLine(ben, { itemId: tea, nickname: "Ben", quantity: 9 }, bensLateTea),
      cartCall(chen, "cart:set-quantity", { lineId: a2, quantity: 2 }),
    ]);
    const clash = round2[2];
    // Chen's change either came first (then Ben removed the line) or was refused clearly.
    if (clash && !clash.ok) expect(clash.error.code).toBe("line_not_found");
    expect(round2.filter((ack, i) => i !== 2 && !ack.ok)).toEqual([]);

    const final = await cartOf(ana);
    const expected = new Map<string, number>([
      [a0, 4],
      [a2, 2],
      [a3, 1],
      [b0, 5],
      [b2, 2],
      [ids.ben[3] as string, 2],
      [c0, 3],
      [chenIds[2] as string, 1],
      [chenIds[3] as string, 1],
      [bensLateTea, 9],
    ]);
    expect(new Map(final.lines.map((line) => [line.id, line.quantity]))).toEqual(expected);
    expect(final.lines.find((line) => line.id === c0)).toMatchObject({
      addedBy: "Chen",
      optionIds: [large],
      note: "hot",
    });
    // One version per accepted change: 12 adds + 8 or 9 changes in round 2.
    const accepted = adds.length + round2.filter((ack) => ack.ok).length;
    expect(final.version).toBe(accepted);

    // Every phone ends on exactly the server's cart, from the broadcasts alone.
    for (const events of heard) {
      await events.next((cart) => cart.version === final.version);
      expect(lineSummary(latest(events.events))).toEqual(lineSummary(final));
    }
    expect(lineSummary(await cartOf(chen))).toEqual(lineSummary(final));
  });

  it("answers a change to a line another phone removed clearly, and a retried add once", async () => {
    const [ana, ben] = await phones(tokenOf("T3"), 2);
    if (!ana || !ben) throw new Error("no phones");
    const lineId = randomUUID();
    const first = dataOf(await addLine(ana, { itemId: shop.item("Tea").id, nickname: "Ana" }, lineId));
    // The same add again (the phone never saw the answer) changes nothing.
    const retried = dataOf(await addLine(ana, { itemId: shop.item("Tea").id, nickname: "Ana" }, lineId));
    expect(retried.version).toBe(first.version);
    expect(retried.lines).toHaveLength(1);
    const reused = await addLine(ben, { itemId: shop.item("Dumplings").id, nickname: "Ben" }, lineId);
    expect(reused).toMatchObject({ ok: false, error: { code: "line_exists" } });

    dataOf(await cartCall(ben, "cart:remove-line", { lineId }));
    const late = await cartCall(ana, "cart:set-quantity", { lineId, quantity: 3 });
    expect(late).toMatchObject({ ok: false, error: { code: "line_not_found" } });
    const again = await cartCall(ana, "cart:remove-line", { lineId });
    expect(again).toMatchObject({ ok: false, error: { code: "line_not_found" } });
    expect((await cartOf(ana)).lines).toEqual([]);
  });

  it("refuses bad payloads with an error ack and changes nothing", async () => {
    const [phone] = await phones(tokenOf("T3"), 1);
    if (!phone) throw new Error("no phone");
    const before = await cartOf(phone);
    const tea = shop.item("Tea").id;
    const good = { lineId: randomUUID(), itemId: tea, quantity: 1, optionIds: [], note: "", nickname: "Ana" };
    const latte = shop.item("Latte").id;
    const large = shop.option("Latte", "Large");
    const bad: [Parameters<typeof cartCall>[1], unknown, string][] = [
      ["cart:add-line", { ...good, quantity: 0 }, "validation_failed"],
      ["cart:add-line", { ...good, quantity: 1.5 }, "validation_failed"],
      ["cart:add-line", { ...good, lineId: "not-a-uuid" }, "validation_failed"],
      ["cart:add-line", { ...good, nickname: "" }, "validation_failed"],
      ["cart:add-line", { ...good, price: 1 }, "validation_failed"],
      ["cart:add-line", { ...good, note: "a\u0000b" }, "validation_failed"],
      ["cart:add-line", "tea please", "validation_failed"],
      ["cart:add-line", { ...good, itemId: randomUUID() }, "unknown_item"],
      ["cart:add-line", { ...good, itemId: other.item("Tea").id }, "unknown_item"],
      ["cart:add-line", { ...good, itemId: shop.item("Lemonade").id }, "sold_out"],
      // Options are checked as an order would check them: the dish's own, each group's range, none twice.
      ["cart:add-line", { ...good, optionIds: [shop.option("Latte", "Large")] }, "invalid_options"],
      ["cart:add-line", { ...good, itemId: latte, optionIds: [] }, "invalid_options"],
      ["cart:add-line", { ...good, itemId: latte, optionIds: [large, large] }, "invalid_options"],
      [
        "cart:add-line",
        { ...good, itemId: latte, optionIds: [large, other.option("Latte", "Regular")] },
        "invalid_options",
      ],
      ["cart:set-quantity", { lineId: randomUUID(), quantity: -2 }, "validation_failed"],
      ["cart:set-quantity", { lineId: randomUUID(), quantity: 100 }, "validation_failed"],
      ["cart:remove-line", { lineId: randomUUID(), extra: true }, "validation_failed"],
    ];
    for (const [event, payload, code] of bad) {
      const ack = await cartCall(phone, event, payload);
      expect(ack, JSON.stringify(payload)).toMatchObject({ ok: false, error: { code } });
    }
    // An event without an ack is ignored, and the socket keeps working.
    (phone as unknown as { emit(event: string, payload: unknown): void }).emit("cart:add-line", good);
    const after = await cartOf(phone);
    expect(after.version).toBe(before.version);
    expect(after.lines).toEqual(before.lines);
  });

  it("submits once through POST /api/orders, empties the cart for everyone and tells the others", async () => {
    const [ana, ben, chen] = await phones(tokenOf("T1"), 3);
    if (!ana || !ben || !chen) throw new Error("no phones");
    await addLine(ana, { itemId: shop.item("Tea").id, nickname: "Ana", quantity: 2 });
    const cart = dataOf(await addLine(ben, { itemId: shop.item("Dumplings").id, nickname: "Ben" }));
    const told = [ben, chen].map((socket) => record<CartSubmitted>(socket, "cart:submitted"));
    const emptied = record<TableCart>(chen, "cart:updated");

    // A phone whose view is one change behind is refused and nothing is written.
    const stale = await placeOrder(server.url, {
      tableToken: tokenOf("T1"),
      lines: orderLines(cart).slice(0, 1),
      sharedCart: { version: cart.version - 1, nickname: "Chen" },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe("cart_changed");
    // Lines that are not the cart's, even at the right version, are refused the same way.
    const wrong = await placeOrder(server.url, {
      tableToken: tokenOf("T1"),
      lines: [{ itemId: shop.item("Tea").id, quantity: 9 }],
      sharedCart: { version: cart.version, nickname: "Chen" },
    });
    expect(wrong.body.error?.code).toBe("cart_changed");

    // Two phones tap "Place order" at once: one order, the other is told the cart changed.
    const body = (nickname: string) => ({
      tableToken: tokenOf("T1"),
      lines: orderLines(cart),
      sharedCart: { version: cart.version, nickname },
    });
    const [first, second] = await Promise.all([
      placeOrder(server.url, body("Ana")),
      placeOrder(server.url, body("Ben")),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([201, 409]);
    const won = first.status === 201 ? first : second;
    const winner = first.status === 201 ? "Ana" : "Ben";
    const orders = await server.db
      .selectFrom("orders")
      .select(["id", "submittedBy"])
      .where("tableId", "=", tableIdOf("T1"))
      .execute();
    expect(orders).toEqual([{ id: won.body.order.id, submittedBy: winner }]);
    expect(won.body.order.lines.map((line) => [line.name, line.quantity]).sort()).toEqual([
      ["Dumplings", 1],
      ["Tea", 2],
    ]);

    for (const events of told) {
      const submitted = await events.next();
      expect(submitted.submission).toMatchObject({ orderId: won.body.order.id, by: winner });
      expect(submitted.orderToken).toBe(won.body.orderToken);
      expect(submitted.cart.lines).toEqual([]);
    }
    expect((await emptied.next((c) => c.lines.length === 0)).version).toBeGreaterThan(cart.version);
    const after = await cartOf(ana);
    expect(after.lines).toEqual([]);
    expect(after.lastSubmission).toMatchObject({ orderId: won.body.order.id, by: winner });
    // The same key again is the same order, not another attempt at the (now empty) cart.
    const key = randomUUID();
    const next = dataOf(await addLine(chen, { itemId: shop.item("Tea").id, nickname: "Chen" }));
    const placed = await placeOrder(
      server.url,
      {
        tableToken: tokenOf("T1"),
        lines: orderLines(next),
        sharedCart: { version: next.version, nickname: "Chen" },
      },
      key,
    );
    const replay = await placeOrder(
      server.url,
      {
        tableToken: tokenOf("T1"),
        lines: orderLines(next),
        sharedCart: { version: next.version, nickname: "Chen" },
      },
      key,
    );
    expect([placed.status, replay.status]).toEqual([201, 201]);
    expect(replay.body.order.id).toBe(placed.body.order.id);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
  });

  it("keeps takeaway carts on each phone: the counter code shares nothing", async () => {
    const [stranger] = await phones(shop.counterToken, 1);
    const [diner] = await phones(tokenOf("T3"), 1);
    if (!stranger || !diner) throw new Error("no phones");
    const heard = record<TableCart>(stranger, "cart:updated");
    const refused = await addLine(stranger, { itemId: shop.item("Tea").id, nickname: "Stranger" });
    expect(refused).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await cartCall(stranger, "cart:sync")).toMatchObject({ ok: false, error: { code: "forbidden" } });
    dataOf(await addLine(diner, { itemId: shop.item("Tea").id, nickname: "Ana" }));
    const counterOrder = await placeOrder(server.url, {
      counterToken: shop.counterToken,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
      sharedCart: { version: 0, nickname: "Stranger" },
    });
    expect(counterOrder.status).toBe(400);
    expect(counterOrder.body.error?.code).toBe("validation_failed");
    // Takeaway orders still go in as before, and have no tab.
    const takeaway = await placeOrder(server.url, {
      counterToken: shop.counterToken,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    expect(takeaway.status).toBe(201);
    expect((await getJson(`${server.url}/api/tables/${shop.counterToken}/tab`)).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(heard.events).toEqual([]);
  });
});

let other: TestShop;
beforeAll(async () => {
  other = await createTestShop(server);
});

describe("the table's open tab", () => {
  it("shows the current sitting's rounds only, live, and ends when staff close the table", async () => {
    const tabShop = await createTestShop(server);
    const cookie = await login(server.url, tabShop.owner.email, tabShop.owner.password);
    const t1 = tabShop.tables.find((t) => t.label === "T1");
    const t2 = tabShop.tables.find((t) => t.label === "T2");
    if (!t1 || !t2) throw new Error("no tables");
    const tea = { itemId: tabShop.item("Tea").id, quantity: 1 };
    expect(await tabOf(t1.token)).toMatchObject({ open: false, rounds: [], total: 0 });

    const phone = connectTable(server.url, t1.token);
    sockets.push(phone);
    await connected(phone);
    const changes = record<{ tableId: string }>(phone, "tab:changed");

    // No one opened the table: its first order starts the tab (this shop does not ask for approval).
    const round1 = await placeOrder(server.url, { tableToken: t1.token, lines: [tea] });
    await changes.next();
    const [cart] = [dataOf(await addLine(phone, { itemId: tabShop.item("Dumplings").id, nickname: "Kim" }))];
    const round2 = await placeOrder(server.url, {
      tableToken: t1.token,
      lines: orderLines(cart),
      sharedCart: { version: cart.version, nickname: "Kim" },
    });
    await placeOrder(server.url, { tableToken: t2.token, lines: [tea] }); // another table's guests
    let tab = await tabOf(t1.token);
    expect(tab.open).toBe(true);
    expect(tab.rounds.map((r) => [r.orderId, r.submittedBy, r.status])).toEqual([
      [round1.body.order.id, null, "placed"],
      [round2.body.order.id, "Kim", "placed"],
    ]);
    expect(tab.rounds[1]?.lines).toEqual([{ name: "Dumplings", quantity: 1, options: [], lineTotal: 3200 }]);
    expect(tab.total).toBe(1500 + 3200);

    // Status changes reach the tab live; a cancelled round no longer counts.
    const before = changes.events.length;
    expect((await setStatus(server.url, cookie, round1.body.order.id, "cancelled")).status).toBe(200);
    await changes.next(() => changes.events.length > before);
    tab = await tabOf(t1.token);
    expect(tab.rounds[0]?.status).toBe("cancelled");
    expect(tab.total).toBe(3200);

    // Staff close the table: the tab ends, and the next guests start fresh.
    dataOf(await addLine(phone, { itemId: tabShop.item("Tea").id, nickname: "Kim" }));
    const cartCleared = record<TableCart>(phone, "cart:updated");
    const closedAt = changes.events.length;
    expect((await closeTable(server, cookie, t1.id)).status).toBe(200);
    await changes.next(() => changes.events.length > closedAt);
    expect(await tabOf(t1.token)).toMatchObject({ open: false, rounds: [], total: 0 });
    expect((await cartCleared.next((c) => c.lines.length === 0)).lines).toEqual([]);
    const nextGuests = await placeOrder(server.url, { tableToken: t1.token, lines: [tea] });
    tab = await tabOf(t1.token);
    expect(tab.rounds.map((r) => r.orderId)).toEqual([nextGuests.body.order.id]);
    expect(tab.total).toBe(1500);
    const t2Tab = await tabOf(t2.token);
    expect(t2Tab.rounds).toHaveLength(1);
    expect(t2Tab.rounds[0]?.orderId).not.toBe(nextGuests.body.order.id);
  });

  it("in a shop that approves orders from unopened tables, starts the tab when staff open the table", async () => {
    const approvals = await createTestShop(server);
    const cookie = await login(server.url, approvals.owner.email, approvals.owner.password);
    expect((await setSittingsEnabled(server, cookie, true)).status).toBe(200);
    const t1 = approvals.tables.find((t) => t.label === "T1");
    if (!t1) throw new Error("no table");
    const tea = { itemId: approvals.item("Tea").id, quantity: 1 };
    const held = await placeOrder(server.url, { tableToken: t1.token, lines: [tea] });
    expect(held.body.order.needsApproval).toBe(true);
    expect((await tabOf(t1.token)).open).toBe(false);
    // Approving it opens the table, and it is the tab's first round.
    const approved = await fetch(`${server.url}/api/merchant/orders/${held.body.order.id}/approve`, {
      method: "POST",
      headers: { Cookie: cookie },
    });
    expect(approved.status).toBe(200);
    const next = await placeOrder(server.url, { tableToken: t1.token, lines: [tea] });
    expect((await tabOf(t1.token)).rounds.map((r) => r.orderId)).toEqual([
      held.body.order.id,
      next.body.order.id,
    ]);
    expect((await closeTable(server, cookie, t1.id)).status).toBe(200);
    expect((await openTable(server, cookie, t1.id)).status).toBe(201);
    expect(await tabOf(t1.token)).toMatchObject({ open: true, rounds: [] });
  });

  it("answers unknown, malformed and counter codes with 404", async () => {
    for (const token of ["nope", "A".repeat(40), shop.counterToken]) {
      const response = await getJson<{ error: { code: string } }>(`${server.url}/api/tables/${token}/tab`);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe("table_not_found");
    }
  });
});

describe("a replaced table code", () => {
  it("refuses every cart event from a phone still connected with the old code, and changes nothing", async () => {
    const codeShop = await createTestShop(server);
    const table = codeShop.tables.find((t) => t.label === "T1");
    if (!table) throw new Error("no table");
    const [phone] = await phones(table.token, 1);
    if (!phone) throw new Error("no phone");
    const lineId = randomUUID();
    dataOf(await addLine(phone, { itemId: codeShop.item("Tea").id, nickname: "Ana" }, lineId));
    const linesBefore = () =>
      server.db
        .selectFrom("tableCartLines")
        .select(["id", "quantity"])
        .where("tableId", "=", table.id)
        .execute();
    const before = await linesBefore();

    // The rotation as committed, without the route's ending of the code's sockets: what a phone on a node
    // that never heard of the end sees. Only the check made again on every change stands in its way.
    expect(
      await rotateToken(server.db, { shopId: codeShop.shopId, tableId: table.id, now: Date.now() }),
    ).toEqual({
      retiredToken: table.token,
    });
    expect(phone.connected).toBe(true);
    const refused = [
      await addLine(phone, { itemId: codeShop.item("Dumplings").id, nickname: "Ana" }),
      await cartCall(phone, "cart:set-quantity", { lineId, quantity: 5 }),
      await cartCall(phone, "cart:remove-line", { lineId }),
      await cartCall(phone, "cart:sync"),
    ];
    for (const ack of refused) expect(ack).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(phone.connected).toBe(true);
    expect(await linesBefore()).toEqual(before);
  });

  it("answers the tab's old code with 404 once staff replace it, and the new code with the same tab", async () => {
    const codeShop = await createTestShop(server);
    const cookie = await login(server.url, codeShop.owner.email, codeShop.owner.password);
    const table = codeShop.tables.find((t) => t.label === "T1");
    if (!table) throw new Error("no table");
    const round = await placeOrder(server.url, {
      tableToken: table.token,
      lines: [{ itemId: codeShop.item("Tea").id, quantity: 1 }],
    });
    expect(round.status).toBe(201);
    expect((await tabOf(table.token)).rounds.map((r) => r.orderId)).toEqual([round.body.order.id]);

    const rotated = await postJson<{ table: { token: string } }>(
      `${server.url}/api/merchant/tables/${table.id}/token`,
      undefined,
      { Cookie: cookie },
    );
    expect(rotated.status).toBe(200);
    const old = await getJson<{ error: { code: string } }>(`${server.url}/api/tables/${table.token}/tab`);
    expect(old.status).toBe(404);
    expect(old.body.error.code).toBe("table_not_found");
    expect((await tabOf(rotated.body.table.token)).rounds.map((r) => r.orderId)).toEqual([
      round.body.order.id,
    ]);
  });
});
