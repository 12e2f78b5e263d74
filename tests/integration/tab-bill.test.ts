import { randomUUID } from "node:crypto";
import type { TabSummary } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, postJson, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { connected, connectMerchant, record } from "../support/sockets.js";
import {
  eventsOfPart,
  notifyPart,
  openPart,
  orderRound,
  outcomeOf,
  partRow,
  partSettles,
  payOnSandbox,
  readBill,
} from "../support/tab-bill.js";
import { connectTable } from "../support/table-cart.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

async function tableOf(shop: TestShop, label = "T1") {
  const table = shop.tables.find((t) => t.label === label);
  if (!table) throw new Error(`no ${label}`);
  return table;
}

/** Runs a part's checkout expiry now, as the delayed job would when the checkout runs out. */
async function expireNow(partId: string) {
  await server.queues.payments.add("tab-part.expire", { partId }, { jobId: randomUUID() });
  await expect.poll(async () => (await partRow(server, partId)).status, { timeout: 10_000 }).not.toBe("open");
}

describe("a table's bill paid in parts", () => {
  it("lets three phones pay items, an equal share and the rest with a tip; board and phones hear it paid", async () => {
    const shop = await createTestShop(server);
    const table = await tableOf(shop);
    const owner = await login(server.url, shop.owner.email, shop.owner.password);
    const board = connectMerchant(server.url, owner);
    const phone = connectTable(server.url, table.token);
    await Promise.all([connected(board), connected(phone)]);
    const boardHears = record<TabSummary>(board, "tab:updated");
    const phoneHears = record<TabSummary>(phone, "tab:bill-updated");

    const first = await orderRound(server, shop, table.token, [
      { item: "Tea", quantity: 2 },
      { item: "Dumplings", quantity: 1 },
    ]);
    const second = await orderRound(server, shop, table.token, [{ item: "Tea", quantity: 1 }]);
    const bill = await readBill(server, table.token);
    expect(bill).toMatchObject({ open: true, state: "open", due: 7700, paid: 0, held: 0, left: 7700 });
    const dumplings = bill.rounds[0]?.lines.find((line) => line.name === "Dumplings");
    expect(dumplings?.units).toEqual([{ unit: 0, amount: 3200, status: "free", partId: null }]);

    // Phone A pays the dumplings.
    const mine = await openPart(server, table.token, {
      kind: "items",
      items: [{ lineId: dumplings?.lineId, quantity: 1 }],
      payer: "Ana",
    });
    expect(mine.status).toBe(201);
    expect(mine.body.part).toMatchObject({ amount: 3200, tip: 0, status: "open", method: "sandbox" });
    expect(mine.body.checkoutUrl).toContain("/sandbox-pay/cs_");
    // Phone B pays a third of what was left (4500 / 3).
    const share = await openPart(server, table.token, { kind: "equal", shares: 3, payer: "Bo" });
    expect(share.status).toBe(201);
    expect(share.body.part).toMatchObject({ amount: 1500, share: { index: 1, count: 3 } });
    expect(await outcomeOf(server, (await notifyPart(server, mine.body)).eventId)).toBe("paid");
    expect(await outcomeOf(server, (await notifyPart(server, share.body)).eventId)).toBe("paid");
    const partly = await readBill(server, table.token);
    expect(partly).toMatchObject({ state: "partly_paid", paid: 4700, held: 0, left: 3000 });
    await boardHears.next((s) => s.state === "partly_paid" && s.left === 3000);

    // Phone C pays the rest with a tip; the provider charges both.
    const rest = await openPart(server, table.token, { kind: "remaining", tip: 500, payer: "Cy" });
    expect(rest.body.part).toMatchObject({ amount: 3000, tip: 500 });
    const checkout = await server.db
      .selectFrom("sandboxCheckouts")
      .select(["amount", "currency"])
      .where("id", "=", rest.body.checkoutUrl.split("/").pop() ?? "")
      .executeTakeFirstOrThrow();
    expect(Number(checkout.amount)).toBe(3500);
    expect(await outcomeOf(server, (await notifyPart(server, rest.body)).eventId)).toBe("paid");

    expect((await boardHears.next((s) => s.state === "paid")).tableId).toBe(table.id);
    expect((await phoneHears.next((s) => s.state === "paid")).due).toBe(0);
    const paid = await readBill(server, table.token);
    expect(paid).toMatchObject({ state: "paid", due: 0, paid: 0, left: 0, tips: 500 });
    expect(paid.parts.map((part) => [part.payer, part.status, part.amount, part.tip])).toEqual([
      ["Ana", "paid", 3200, 0],
      ["Bo", "paid", 1500, 0],
      ["Cy", "paid", 3000, 500],
    ]);
    for (const orderId of [first, second]) {
      const order = await server.db
        .selectFrom("orders")
        .select(["paymentStatus", "status"])
        .where("id", "=", orderId)
        .executeTakeFirstOrThrow();
      expect(order).toEqual({ paymentStatus: "paid", status: "placed" });
    }
    expect((await openPart(server, table.token, { kind: "remaining", payer: "Cy" })).body.error?.code).toBe(
      "payment_not_needed",
    );
    board.close();
    phone.close();
  });

  it("lets only one of many phones pay what is left, or the same unit, at the same moment", async () => {
    const shop = await createTestShop(server);
    const table = await tableOf(shop);
    await orderRound(server, shop, table.token, [{ item: "Tea", quantity: 3 }]);
    const rest = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        openPart(server, table.token, { kind: "remaining", payer: `P${i}` }),
      ),
    );
    expect(rest.filter((r) => r.status === 201)).toHaveLength(1);
    expect(rest.filter((r) => r.status === 409).map((r) => r.body.error?.code)).toEqual(
      Array(7).fill("payment_not_needed"),
    );
    const winner = rest.find((r) => r.status === 201)?.body;
    if (!winner) throw new Error("no winner");
    const cancelled = await postJson<{ part: { status: string } }>(
      `${server.url}/api/tables/${table.token}/tab/parts/${winner.part.id}/cancel`,
      { partToken: winner.partToken },
    );
    expect(cancelled.body.part.status).toBe("cancelled");

    const lineId = (await readBill(server, table.token)).rounds[0]?.lines[0]?.lineId;
    const items = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        openPart(server, table.token, { kind: "items", items: [{ lineId, quantity: 2 }], payer: `P${i}` }),
      ),
    );
    expect(items.filter((r) => r.status === 201)).toHaveLength(1);
    expect(items.filter((r) => r.status === 409).every((r) => r.body.error?.code === "tab_units_taken")).toBe(
      true,
    );
    const bill = await readBill(server, table.token);
    expect(bill).toMatchObject({ due: 4500, held: 3000, left: 1500 });
    expect(bill.rounds[0]?.lines[0]?.units.map((u) => u.status)).toEqual(["held", "held", "free"]);
  });

  it("refunds a late payment that would overpay, and takes back one that still fits", async () => {
    const shop = await createTestShop(server);
    const table = await tableOf(shop);
    await orderRound(server, shop, table.token, [{ item: "Tea", quantity: 2 }]);
    const slow = await openPart(server, table.token, {
      kind: "custom",
      amount: 1000,
      tip: 100,
      payer: "Slow",
    });
    await expireNow(slow.body.part.id);
    // It still fits: the money is taken as if it had come in time.
    expect(await outcomeOf(server, (await notifyPart(server, slow.body)).eventId)).toBe("paid_late");
    expect(await readBill(server, table.token)).toMatchObject({ paid: 1000, left: 2000 });

    const late = await openPart(server, table.token, { kind: "custom", amount: 1500, payer: "Late" });
    await expireNow(late.body.part.id);
    const rest = await openPart(server, table.token, { kind: "remaining", payer: "Rest" });
    expect(await outcomeOf(server, (await notifyPart(server, rest.body)).eventId)).toBe("paid");
    // The late diner pays on the provider's page after all, and the provider tells us three times.
    await payOnSandbox(late.body, { duplicates: "2" });
    await partSettles(server, late.body.part.id, "refunded");
    const [note, ...more] = await eventsOfPart(server, late.body);
    expect(note?.outcome).toBe("refunded_late");
    expect(more).toEqual([]);
    const refunded = await server.db
      .selectFrom("sandboxCheckouts")
      .select("refunded")
      .where("id", "=", late.body.checkoutUrl.split("/").pop() ?? "")
      .executeTakeFirstOrThrow();
    expect(refunded.refunded).toBe(1);
    // Replays change nothing: the same event is a duplicate, another one for the same checkout too.
    expect((await notifyPart(server, late.body, { id: note?.eventId })).duplicate).toBe(true);
    expect(await outcomeOf(server, (await notifyPart(server, rest.body)).eventId)).toBe("duplicate");
    expect(await readBill(server, table.token)).toMatchObject({ state: "paid", due: 0, left: 0 });
  });

  it("splits equal shares exactly in currencies with and without minor units", async () => {
    for (const currency of ["JPY", "USD", "KWD"]) {
      const shop = await createTestShop(server, { currency, locale: "en" });
      const table = await tableOf(shop);
      // 1500 + 3200 = 4700 minor units (yen, cents or fils): 1566 + 1566 + 1568.
      await orderRound(server, shop, table.token, [
        { item: "Tea", quantity: 1 },
        { item: "Dumplings", quantity: 1 },
      ]);
      const shares = [];
      for (const payer of ["A", "B", "C"]) {
        const share = await openPart(server, table.token, { kind: "equal", shares: 3, payer });
        expect(share.status).toBe(201);
        shares.push(share.body);
      }
      expect(shares.map((s) => s.part.amount)).toEqual([1566, 1566, 1568]);
      const fourth = await openPart(server, table.token, { kind: "equal", shares: 3, payer: "D" });
      expect(fourth.body.error?.code).toBe("tab_shares_taken");
      for (const share of shares) await outcomeOf(server, (await notifyPart(server, share)).eventId);
      expect(await readBill(server, table.token)).toMatchObject({ state: "paid", currency });
    }
  });

  it("gives back what parts paid beyond the bill when staff cancel a round of a partly paid tab", async () => {
    const shop = await createTestShop(server);
    const table = await tableOf(shop);
    const owner = await login(server.url, shop.owner.email, shop.owner.password);
    await orderRound(server, shop, table.token, [{ item: "Tea", quantity: 1 }]);
    const dumplings = await orderRound(server, shop, table.token, [{ item: "Dumplings", quantity: 1 }]);
    const part = await openPart(server, table.token, {
      kind: "custom",
      amount: 4000,
      tip: 200,
      payer: "Big",
    });
    await payOnSandbox(part.body);
    await partSettles(server, part.body.part.id, "paid");
    expect(await readBill(server, table.token)).toMatchObject({ state: "partly_paid", left: 700 });

    expect((await setStatus(server.url, owner, dumplings, "cancelled")).status).toBe(200);
    // The bill is 1500 now: 2500 of the 4000 goes back (the tip stays), and the tab is paid.
    await expect
      .poll(async () => Number((await partRow(server, part.body.part.id)).refunded), { timeout: 10_000 })
      .toBe(2500);
    const bill = await readBill(server, table.token);
    expect(bill).toMatchObject({ state: "paid", due: 0, left: 0 });
    expect(bill.parts[0]).toMatchObject({ status: "paid", amount: 4000, refunded: 2500, tip: 200 });
  });

  it("lets staff take a counter part and close a tab by hand; refuses bad parts with 4xx and writes nothing", async () => {
    const shop = await createTestShop(server);
    const table = await tableOf(shop);
    const owner = await login(server.url, shop.owner.email, shop.owner.password);
    await orderRound(server, shop, table.token, [{ item: "Tea", quantity: 2 }]);
    for (const bad of [
      { kind: "custom", amount: -5, payer: "X" },
      { kind: "custom", amount: 1.5, payer: "X" },
      { kind: "equal", shares: 1, payer: "X" },
      { kind: "custom", amount: 100, payer: "" },
      { kind: "custom", amount: 100, payer: "X", amountOverride: 1 },
      { kind: "whole", payer: "X" },
    ]) {
      expect((await openPart(server, table.token, bad)).status).toBe(400);
    }
    expect(
      (await openPart(server, table.token, { kind: "custom", amount: 3001, payer: "X" })).body.error?.code,
    ).toBe("tab_amount_exceeds_left");
    expect(
      (await openPart(server, table.token, { kind: "custom", amount: 100, tip: 101, payer: "X" })).status,
    ).toBe(422);
    expect(
      await server.db.selectFrom("tabParts").select("id").where("tableId", "=", table.id).execute(),
    ).toEqual([]);

    const counter = await postJson<{ part: { status: string; method: string; tender: string } }>(
      `${server.url}/api/merchant/tables/${table.id}/tab/parts`,
      { kind: "custom", amount: 1000, tender: "cash" },
      { Cookie: owner },
    );
    expect(counter.status).toBe(201);
    expect(counter.body.part).toMatchObject({ status: "paid", method: "counter", tender: "cash" });
    const closed = await postJson<{ state: string; closedReason: string }>(
      `${server.url}/api/merchant/tables/${table.id}/tab/close`,
      { reason: "Regulars, paying tomorrow" },
      { Cookie: owner },
    );
    expect(closed.body).toMatchObject({ state: "closed", closedReason: "Regulars, paying tomorrow" });
    expect((await openPart(server, table.token, { kind: "remaining", payer: "X" })).body.error?.code).toBe(
      "tab_closed",
    );
    const staffView = await getJson<{ state: string; paid: number }>(
      `${server.url}/api/merchant/tables/${table.id}/tab/bill`,
      { Cookie: owner },
    );
    expect(staffView.body).toMatchObject({ state: "closed", paid: 1000 });
    const tabs = await getJson<{ tabs: TabSummary[] }>(`${server.url}/api/merchant/tabs`, { Cookie: owner });
    expect(tabs.body.tabs).toEqual([
      { tableId: table.id, state: "closed", currency: "CNY", due: 3000, paid: 1000, left: 2000 },
    ]);
  });
});

describe("a part whose notification never came", () => {
  it("is asked about at the provider and paid once, like an order's payment", async () => {
    const other = await startTestServer({ env: { PAYMENT_RECONCILE_AFTER: "1" } });
    try {
      const shop = await createTestShop(other);
      const table = await tableOf(shop);
      await orderRound(other, shop, table.token, [{ item: "Tea", quantity: 1 }]);
      const opened = await openPart(other, table.token, { kind: "remaining", tip: 100, payer: "Ana" });
      const checkoutId = opened.body.checkoutUrl.split("/").pop() ?? "";
      // The provider took the money, but its notification was lost on the way.
      await other.db
        .updateTable("sandboxCheckouts")
        .set({ status: "paid" })
        .where("id", "=", checkoutId)
        .execute();
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await other.queues.payments.add("payment.reconcile", {});
      await other.queues.payments.add("payment.reconcile", {});
      await partSettles(other, opened.body.part.id, "paid");
      expect(await readBill(other, table.token)).toMatchObject({ state: "paid", tips: 100 });
      const events = await other.db
        .selectFrom("paymentEvents")
        .selectAll()
        .where("providerRef", "=", checkoutId)
        .execute();
      expect(events.map((e) => [e.eventId.startsWith("reconcile:"), e.outcome])).toEqual([[true, "paid"]]);
    } finally {
      await other.stop();
    }
  });
});
