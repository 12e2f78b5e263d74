import type { MenuChange, MerchantRatings, OrderRatings, TableMenu } from "@tabletap/shared";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, postJson, setStatus } from "../support/api.js";
import { completeOrder, placedOrder } from "../support/completed-order.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { setSoldOut } from "../support/menu.js";
import { connected, type DinerSocket, record } from "../support/sockets.js";
import { signedInStaff } from "../support/staff.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let other: TestShop;
let cookie: string;
let otherCookie: string;

beforeAll(async () => {
  server = await startTestServer();
  [shop, other] = await Promise.all([createTestShop(server), createTestShop(server)]);
  [cookie, otherCookie] = await Promise.all([
    login(server.url, shop.owner.email, shop.owner.password),
    login(server.url, other.owner.email, other.owner.password),
  ]);
});
afterAll(async () => {
  await server?.stop();
});

const rate = (orderId: string, orderToken: string, body: unknown) =>
  postJson<OrderRatings & { error?: { code: string } }>(`${server.url}/api/orders/${orderId}/ratings`, body, {
    Authorization: `Bearer ${orderToken}`,
  });

const ratingRows = (orderId: string) =>
  server.db.selectFrom("dishRatings").selectAll().where("orderId", "=", orderId).execute();

/** A completed order of Tea and Dumplings at the test shop. */
async function completedTeaAndDumplings(at: TestShop = shop, staffCookie = cookie) {
  const placed = await placedOrder(server.url, at, [
    { itemId: at.item("Tea").id, quantity: 1 },
    { itemId: at.item("Dumplings").id, quantity: 2 },
  ]);
  await completeOrder(server.url, staffCookie, placed.order.id);
  const [tea, dumplings] = placed.order.lines;
  if (!tea || !dumplings) throw new Error("expected two lines");
  return { ...placed, tea, dumplings };
}

describe("rating the dishes of an order", () => {
  it("stores each line's rating once the order is completed, and shows it back", async () => {
    const { order, orderToken, tea, dumplings } = await completedTeaAndDumplings();
    const rated = await rate(order.id, orderToken, {
      ratings: [
        { lineId: tea.id, score: 4, comment: "  Fragrant <b>tea</b>  " },
        { lineId: dumplings.id, score: 5 },
      ],
    });
    expect(rated.status).toBe(201);
    const byLine = Object.fromEntries(rated.body.ratings.map((r) => [r.lineId, r]));
    // Stored as typed (trimmed), never interpreted: the console shows it as text.
    expect(byLine[tea.id]).toMatchObject({ score: 4, comment: "Fragrant <b>tea</b>" });
    expect(byLine[dumplings.id]).toMatchObject({ score: 5, comment: "" });

    const read = await getJson<OrderRatings>(`${server.url}/api/orders/${order.id}/ratings`, {
      Authorization: `Bearer ${orderToken}`,
    });
    expect(read.status).toBe(200);
    expect(read.body.ratings).toHaveLength(2);
  });

  it("refuses an order that is not completed yet (409) and writes nothing", async () => {
    const placed = await placedOrder(server.url, shop, [{ itemId: shop.item("Tea").id, quantity: 1 }]);
    const line = placed.order.lines[0]?.id;
    for (const status of [undefined, "accepted", "preparing", "ready"]) {
      if (status) expect((await setStatus(server.url, cookie, placed.order.id, status)).status).toBe(200);
      const refused = await rate(placed.order.id, placed.orderToken, {
        ratings: [{ lineId: line, score: 5 }],
      });
      expect(refused.status).toBe(409);
      expect(refused.body.error?.code).toBe("order_not_completed");
    }
    const cancelled = await placedOrder(server.url, shop, [{ itemId: shop.item("Tea").id, quantity: 1 }]);
    await setStatus(server.url, cookie, cancelled.order.id, "cancelled");
    const refused = await rate(cancelled.order.id, cancelled.orderToken, {
      ratings: [{ lineId: cancelled.order.lines[0]?.id, score: 1 }],
    });
    expect(refused.status).toBe(409);
    expect(await ratingRows(placed.order.id)).toEqual([]);
    expect(await ratingRows(cancelled.order.id)).toEqual([]);
  });

  it("rates a line once: a second rating is 409 and the first stays", async () => {
    const { order, orderToken, tea, dumplings } = await completedTeaAndDumplings();
    expect((await rate(order.id, orderToken, { ratings: [{ lineId: tea.id, score: 2 }] })).status).toBe(201);
    const again = await rate(order.id, orderToken, {
      ratings: [
        { lineId: dumplings.id, score: 5 },
        { lineId: tea.id, score: 5 },
      ],
    });
    expect(again.status).toBe(409);
    expect(again.body.error?.code).toBe("already_rated");
    // All or nothing: the dumplings in the refused request were not stored either.
    const rows = await ratingRows(order.id);
    expect(rows.map((r) => [r.orderLineId, r.score])).toEqual([[tea.id, 2]]);
  });

  it("keeps one row when the same line is rated by many requests at once", async () => {
    const { order, orderToken, tea } = await completedTeaAndDumplings();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        rate(order.id, orderToken, { ratings: [{ lineId: tea.id, score: (i % 5) + 1 }] }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    for (const r of results.filter((r) => r.status === 409)) expect(r.body.error?.code).toBe("already_rated");
    expect(await ratingRows(order.id)).toHaveLength(1);
  });

  it("refuses bad scores, long comments, unknown fields and duplicates with 400, writing nothing", async () => {
    const { order, orderToken, tea } = await completedTeaAndDumplings();
    const bad: unknown[] = [
      { ratings: [{ lineId: tea.id, score: 0 }] },
      { ratings: [{ lineId: tea.id, score: 6 }] },
      { ratings: [{ lineId: tea.id, score: 4.5 }] },
      { ratings: [{ lineId: tea.id, score: "5" }] },
      { ratings: [{ lineId: tea.id, score: 5, comment: "x".repeat(201) }] },
      { ratings: [{ lineId: tea.id, score: 5, comment: "bell\u0007" }] },
      { ratings: [{ lineId: tea.id, score: 5, itemId: shop.item("Tea").id }] },
      { ratings: [{ lineId: tea.id, score: 5 }], average: 5 },
      { ratings: [] },
      { ratings: [{ lineId: "not-a-uuid", score: 5 }] },
      {
        ratings: [
          { lineId: tea.id, score: 5 },
          { lineId: tea.id, score: 1 },
        ],
      },
    ];
    for (const body of bad) {
      const refused = await rate(order.id, orderToken, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.error?.code).toBe("validation_failed");
    }
    const malformed = await rate(order.id, orderToken, "{not json");
    expect(malformed.status).toBe(400);
    expect(await ratingRows(order.id)).toEqual([]);
  });

  it("refuses another order's lines (422) and a wrong or missing token", async () => {
    const mine = await completedTeaAndDumplings();
    const theirs = await completedTeaAndDumplings();
    const elsewhere = await completedTeaAndDumplings(other, otherCookie);
    for (const lineId of [theirs.tea.id, elsewhere.tea.id]) {
      const refused = await rate(mine.order.id, mine.orderToken, { ratings: [{ lineId, score: 5 }] });
      expect(refused.status).toBe(422);
      expect(refused.body.error?.code).toBe("unknown_line");
    }
    const wrongToken = await rate(mine.order.id, theirs.orderToken, {
      ratings: [{ lineId: mine.tea.id, score: 5 }],
    });
    expect(wrongToken.status).toBe(404);
    const noToken = await postJson(`${server.url}/api/orders/${mine.order.id}/ratings`, {
      ratings: [{ lineId: mine.tea.id, score: 5 }],
    });
    expect(noToken.status).toBe(401);
    for (const order of [mine, theirs, elsewhere]) expect(await ratingRows(order.order.id)).toEqual([]);
  });
});

describe("averages on the menu and in the console", () => {
  it("shows each dish's average and count in the table's menu, per shop", async () => {
    const fresh = await createTestShop(server);
    const freshCookie = await login(server.url, fresh.owner.email, fresh.owner.password);
    const scores = [
      [5, 4],
      [4, 1],
      [3, 4],
    ];
    for (const [tea, dumplings] of scores) {
      const done = await completedTeaAndDumplings(fresh, freshCookie);
      const rated = await rate(done.order.id, done.orderToken, {
        ratings: [
          { lineId: done.tea.id, score: tea },
          { lineId: done.dumplings.id, score: dumplings, comment: `dumplings ${dumplings}` },
        ],
      });
      expect(rated.status).toBe(201);
    }
    const menu = await getJson<TableMenu>(`${server.url}/api/tables/${fresh.tableToken}`);
    const items = Object.fromEntries(menu.body.categories.flatMap((c) => c.items).map((i) => [i.name, i]));
    expect(items.Tea?.rating).toEqual({ average: 4, count: 3 });
    expect(items.Dumplings?.rating).toEqual({ average: 3, count: 3 });
    expect(items.Latte?.rating).toBeUndefined();
    // Another shop's dishes are untouched by these ratings.
    const elsewhere = await getJson<TableMenu>(`${server.url}/api/tables/${other.tableToken}`);
    const theirDumplings = elsewhere.body.categories
      .flatMap((c) => c.items)
      .find((i) => i.name === "Dumplings");
    expect(theirDumplings?.rating?.count ?? 0).not.toBe(3);

    const console = await getJson<MerchantRatings>(`${server.url}/api/merchant/ratings`, {
      Cookie: freshCookie,
    });
    expect(console.status).toBe(200);
    expect(console.body.dishes.map((d) => [d.name, d.average, d.count, d.histogram])).toEqual([
      ["Dumplings", 3, 3, [1, 0, 0, 2, 0]],
      ["Tea", 4, 3, [0, 0, 1, 1, 1]],
    ]);
    const dumplings = console.body.dishes[0];
    expect(dumplings?.recent.map((c) => c.comment).sort()).toEqual([
      "dumplings 1",
      "dumplings 4",
      "dumplings 4",
    ]);
  });

  it("sends the same averages with menu:changed as the table's menu carries", async () => {
    const fresh = await createTestShop(server);
    const freshCookie = await login(server.url, fresh.owner.email, fresh.owner.password);
    const done = await completedTeaAndDumplings(fresh, freshCookie);
    await rate(done.order.id, done.orderToken, { ratings: [{ lineId: done.dumplings.id, score: 2 }] });
    const page: DinerSocket = io(`${server.url}/diner`, {
      transports: ["websocket"],
      auth: { tableToken: fresh.tableToken },
      reconnection: false,
      forceNew: true,
    });
    try {
      await connected(page);
      const changes = record<MenuChange>(page, "menu:changed");
      expect((await setSoldOut(server, freshCookie, fresh.item("Tea").id, true)).status).toBe(204);
      const change = await changes.next(() => true, 5000);
      const menu = await getJson<TableMenu>(`${server.url}/api/tables/${fresh.tableToken}`);
      expect(change.categories).toEqual(menu.body.categories);
      const dumplings = change.categories.flatMap((c) => c.items).find((i) => i.name === "Dumplings");
      expect(dumplings?.rating).toEqual({ average: 2, count: 1 });
    } finally {
      page.disconnect();
    }
  });

  it("rounds averages to one decimal", async () => {
    const fresh = await createTestShop(server);
    const freshCookie = await login(server.url, fresh.owner.email, fresh.owner.password);
    for (const score of [5, 4, 4]) {
      const done = await completedTeaAndDumplings(fresh, freshCookie);
      await rate(done.order.id, done.orderToken, { ratings: [{ lineId: done.tea.id, score }] });
    }
    const menu = await getJson<TableMenu>(`${server.url}/api/tables/${fresh.tableToken}`);
    const tea = menu.body.categories.flatMap((c) => c.items).find((i) => i.name === "Tea");
    expect(tea?.rating).toEqual({ average: 4.3, count: 3 });
  });

  it("lets only roles that read reports see the Ratings view, each its own shop's", async () => {
    const staff = await signedInStaff(server, shop.shopId, "staff");
    const refused = await getJson<{ error: { code: string } }>(`${server.url}/api/merchant/ratings`, {
      Cookie: staff.cookie,
    });
    expect(refused.status).toBe(403);
    const manager = await signedInStaff(server, shop.shopId, "manager");
    const mine = await getJson<MerchantRatings>(`${server.url}/api/merchant/ratings`, {
      Cookie: manager.cookie,
    });
    expect(mine.status).toBe(200);
    const theirs = await getJson<MerchantRatings>(`${server.url}/api/merchant/ratings`, {
      Cookie: otherCookie,
    });
    const shopItemIds = new Set(shop.menu.categories.flatMap((c) => c.items).map((i) => i.id));
    expect(mine.body.dishes.length).toBeGreaterThan(0);
    expect(mine.body.dishes.every((d) => shopItemIds.has(d.itemId))).toBe(true);
    expect(theirs.body.dishes.some((d) => shopItemIds.has(d.itemId))).toBe(false);
    expect((await getJson(`${server.url}/api/merchant/ratings`)).status).toBe(401);
  });
});
