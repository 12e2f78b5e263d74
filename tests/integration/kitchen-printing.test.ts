import type { Order } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { login, placeOrder } from "../support/api.js";
import { type DecodedTicket, FakePrinter } from "../support/fake-printer.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { type KitchenApi, kitchenApi, mixedOrder, setUpKitchen } from "../support/kitchen.js";
import { orderAwaitingPayment, postNotification, signedNotification } from "../support/payments.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let api: KitchenApi;
let kitchenPrinter: FakePrinter;
let barPrinter: FakePrinter;
let kitchen: Awaited<ReturnType<typeof setUpKitchen>>;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  api = kitchenApi(server.url, await login(server.url, shop.owner.email, shop.owner.password));
  [kitchenPrinter, barPrinter] = await Promise.all([FakePrinter.start(), FakePrinter.start()]);
  kitchen = await setUpKitchen(api, shop, { kitchen: kitchenPrinter, bar: barPrinter });
});
afterAll(async () => {
  await server?.stop();
  await kitchenPrinter?.stop();
  await barPrinter?.stop();
});

/** The tickets a printer printed for one order, told apart by the pickup number heading each. */
const ticketsOf = (printer: FakePrinter, order: Order): DecodedTicket[] =>
  printer.tickets.filter((ticket) => ticket.lines.some((line) => line.startsWith(`#${order.pickupNumber} `)));

const placed = async (body: Promise<{ status: number; body: { order: Order } }>) => {
  const answer = await body;
  expect(answer.status).toBe(201);
  return answer.body.order;
};

const waitFor = (check: () => void | Promise<void>, timeout = 15_000) =>
  vi.waitFor(check, { timeout, interval: 100 });

describe("kitchen stations", () => {
  it("routes each dish to its station (drinks to the bar, the rest to the default kitchen)", async () => {
    const order = await placed(mixedOrder(server.url, shop));
    const stationOf = (name: string) => order.lines.find((line) => line.name === name)?.stationId;
    expect(stationOf("Latte")).toBe(kitchen.bar.id);
    expect(stationOf("Dumplings")).toBe(kitchen.kitchen.id);
    const { body } = await api.stations();
    expect(body.stations.map((station) => [station.name, station.isDefault])).toEqual([
      ["Kitchen", true],
      ["Bar", false],
    ]);
    expect(body.stations[1]?.itemIds).toContain(shop.item("Latte").id);
  });

  it("a bar tablet's board holds only orders with drinks, and only their drink lines", async () => {
    const food = await placed(
      placeOrder(server.url, {
        tableToken: shop.tableToken,
        lines: [{ itemId: shop.item("Dumplings").id, quantity: 1, optionIds: [] }],
      }),
    );
    const mixed = await placed(mixedOrder(server.url, shop));
    const { status, body } = await api.board(`?station=${kitchen.bar.id}`);
    expect(status).toBe(200);
    const ids = body.orders.map((order) => order.id);
    expect(ids).toContain(mixed.id);
    expect(ids).not.toContain(food.id);
    for (const order of body.orders) expect(order.lines.map((line) => line.name)).toEqual(["Latte"]);
    expect((await api.board("?station=not-a-uuid")).status).toBe(400);
  });

  it("each station bumps its part; the order turns ready when the last one has", async () => {
    const order = await placed(mixedOrder(server.url, shop));
    expect((await api.bump(order.id, kitchen.bar.id)).status).toBe(409);
    expect((await api.setStatus(order.id, "accepted")).status).toBe(200);
    const first = await api.bump(order.id, kitchen.bar.id);
    expect(first.status).toBe(200);
    expect(first.body.order.status).toBe("accepted");
    expect(first.body.order.stationsDone).toEqual([kitchen.bar.id]);
    const again = await api.bump(order.id, kitchen.bar.id);
    expect(again.body.order.status).toBe("accepted");
    const last = await api.bump(order.id, kitchen.kitchen.id);
    expect(last.status).toBe(200);
    expect(last.body.order.status).toBe("ready");
    expect([...(last.body.order.stationsDone ?? [])].sort()).toEqual(
      [kitchen.bar.id, kitchen.kitchen.id].sort(),
    );
  });

  it("refuses a bump for a station the order has nothing for, and bad station input", async () => {
    const food = await placed(
      placeOrder(server.url, {
        tableToken: shop.tableToken,
        lines: [{ itemId: shop.item("Dumplings").id, quantity: 1, optionIds: [] }],
      }),
    );
    await api.setStatus(food.id, "accepted");
    const answer = await api.bump(food.id, kitchen.bar.id);
    expect(answer.status).toBe(409);
    expect(answer.body.error?.code).toBe("station_not_in_order");
    expect((await api.createStation({ name: "" })).status).toBe(400);
    expect((await api.routeItems(kitchen.bar.id, ["00000000-0000-4000-8000-000000000000"])).status).toBe(422);
    const removeDefault = await api.deleteStation(kitchen.kitchen.id);
    expect(removeDefault.status).toBe(409);
    expect(removeDefault.body.error?.code).toBe("station_is_default");
    expect(
      (await api.createPrinter({ stationId: kitchen.bar.id, name: "P", host: "a b", port: 9100 })).status,
    ).toBe(400);
  });
});

describe("kitchen tickets", () => {
  it("prints one ticket per station: the bar's drinks in its code page, the kitchen's food in GB18030", async () => {
    const order = await placed(mixedOrder(server.url, shop, "不要辣，谢谢"));
    await waitFor(() => {
      expect(ticketsOf(barPrinter, order)).toHaveLength(1);
      expect(ticketsOf(kitchenPrinter, order)).toHaveLength(1);
    });
    const [bar] = ticketsOf(barPrinter, order);
    const [food] = ticketsOf(kitchenPrinter, order);
    expect(bar?.cut).toBe(true);
    expect(bar?.codepage).toBe("cp858");
    expect(bar?.lines.join("\n")).toContain("2 x Latte");
    expect(bar?.lines.join("\n")).not.toContain("Dumplings");
    expect(bar?.reprint).toBe(false);
    expect(food?.codepage).toBe("gb18030");
    expect(food?.lines.join("\n")).toContain("1 x Dumplings");
    expect(food?.lines.join("\n")).toContain("不要辣，谢谢");
    expect(food?.lines.join("\n")).not.toContain("Latte");
    await waitFor(async () => {
      const printers = (await api.printers()).body.printers;
      expect(printers.every((printer) => printer.state === "online")).toBe(true);
    });
  });

  it("a burst of orders prints each order exactly once per station", async () => {
    const orders = await Promise.all(Array.from({ length: 24 }, () => placed(mixedOrder(server.url, shop))));
    await waitFor(() => {
      for (const order of orders) {
        expect(ticketsOf(barPrinter, order)).toHaveLength(1);
        expect(ticketsOf(kitchenPrinter, order)).toHaveLength(1);
      }
    }, 30_000);
    // Nothing more arrives later (a duplicate would come from a second delivery of the same job).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const order of orders) {
      expect(ticketsOf(barPrinter, order)).toHaveLength(1);
      expect(ticketsOf(kitchenPrinter, order)).toHaveLength(1);
    }
  });

  it("a printer that is off is retried: the board sees it offline, then the ticket prints once when it is back", async () => {
    await barPrinter.off();
    const order = await placed(mixedOrder(server.url, shop));
    await waitFor(async () => {
      const bar = (await api.printers()).body.printers.find(
        (printer) => printer.id === kitchen.barPrinter.id,
      );
      expect(bar?.state).toBe("offline");
      expect(bar?.lastError).toMatch(/refused/);
    });
    const open = (await api.tickets()).body.tickets.find((ticket) => ticket.orderId === order.id);
    expect(open?.state).toBe("queued");
    expect(open?.lastError).toMatch(/refused/);
    await barPrinter.on();
    await waitFor(() => expect(ticketsOf(barPrinter, order)).toHaveLength(1), 30_000);
    expect(ticketsOf(barPrinter, order)[0]?.reprint).toBe(false);
    await waitFor(async () => {
      const bar = (await api.printers()).body.printers.find(
        (printer) => printer.id === kitchen.barPrinter.id,
      );
      expect(bar?.state).toBe("online");
    });
    expect(ticketsOf(kitchenPrinter, order)).toHaveLength(1);
  });

  it("a printer out of paper prints nothing until it has paper again, then the ticket once", async () => {
    kitchenPrinter.outOfPaper(true);
    const order = await placed(mixedOrder(server.url, shop));
    await waitFor(async () => {
      const food = (await api.printers()).body.printers.find(
        (printer) => printer.id === kitchen.kitchenPrinter.id,
      );
      expect(food?.lastError).toBe("out of paper");
    });
    expect(ticketsOf(kitchenPrinter, order)).toHaveLength(0);
    kitchenPrinter.outOfPaper(false);
    await waitFor(() => expect(ticketsOf(kitchenPrinter, order)).toHaveLength(1), 30_000);
    expect(ticketsOf(kitchenPrinter, order)[0]?.reprint).toBe(false);
  });

  it("staff reprint a ticket: it prints again, marked REPRINT", async () => {
    const order = await placed(mixedOrder(server.url, shop));
    await waitFor(() => expect(ticketsOf(barPrinter, order)).toHaveLength(1));
    const row = await server.db
      .selectFrom("printTickets")
      .select("id")
      .where("orderId", "=", order.id)
      .where("printerId", "=", kitchen.barPrinter.id)
      .executeTakeFirstOrThrow();
    const again = await api.reprint(row.id);
    expect(again.status).toBe(201);
    expect(again.body.reprint).toBe(true);
    await waitFor(() => expect(ticketsOf(barPrinter, order)).toHaveLength(2));
    const [first, second] = ticketsOf(barPrinter, order);
    expect(first?.reprint).toBe(false);
    expect(second?.reprint).toBe(true);
    expect(second?.lines[0]).toBe("*** REPRINT ***");
    expect(ticketsOf(kitchenPrinter, order)).toHaveLength(1);
    expect((await api.reprint("00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("a staff order for a table prints like a diner's, on the stations it has dishes for", async () => {
    const staffOrder = await fetch(`${server.url}/api/merchant/orders`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        "Idempotency-Key": crypto.randomUUID(),
        Cookie: await login(server.url, shop.owner.email, shop.owner.password),
      },
      body: JSON.stringify({
        tableId: shop.tables.find((table) => table.label === "T2")?.id,
        lines: [{ itemId: shop.item("Tea").id, quantity: 3, optionIds: [] }],
      }),
    });
    expect(staffOrder.status).toBe(201);
    const { order } = (await staffOrder.json()) as { order: Order };
    await waitFor(() => expect(ticketsOf(barPrinter, order)).toHaveLength(1));
    expect(ticketsOf(barPrinter, order)[0]?.lines.join("\n")).toContain("3 x Tea");
    expect(ticketsOf(kitchenPrinter, order)).toHaveLength(0);
  });

  it("a pay-first order prints once its payment arrives, not before", async () => {
    const payFirst = await createTestShop(server, { paymentMode: "pay_first" });
    const owner = kitchenApi(
      server.url,
      await login(server.url, payFirst.owner.email, payFirst.owner.password),
    );
    const printers = { kitchen: await FakePrinter.start(), bar: await FakePrinter.start() };
    try {
      await setUpKitchen(owner, payFirst, printers);
      const payment = await orderAwaitingPayment(server, payFirst, 2);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(ticketsOf(printers.bar, payment.order)).toHaveLength(0);
      const paid = await postNotification(
        server,
        signedNotification(payment, { id: `evt_${crypto.randomUUID()}`, amount: payment.order.total }),
      );
      expect(paid.status).toBe(200);
      await waitFor(() => expect(ticketsOf(printers.bar, payment.order)).toHaveLength(1));
      expect(ticketsOf(printers.bar, payment.order)[0]?.lines.join("\n")).toContain("2 x Tea");
      expect(printers.kitchen.tickets).toHaveLength(0);
    } finally {
      await printers.kitchen.stop();
      await printers.bar.stop();
    }
  });
});
