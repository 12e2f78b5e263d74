import type { Order } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login } from "../../support/api.js";
import { type DecodedTicket, FakePrinter } from "../../support/fake-printer.js";
import { createTestShop, type TestShop } from "../../support/fixtures.js";
import { kitchenApi, mixedOrder, setUpKitchen } from "../../support/kitchen.js";
import type { ServerProcess } from "../../support/server-process.js";
import {
  createSharedDatabase,
  type SharedDatabase,
  startTestServer,
  type TestServer,
} from "../../support/test-server.js";
import { startWorkerBeside } from "../../support/worker-process.js";

// Workers give a silent job up after 2 s here instead of 30 s, so the crash is recovered quickly.
const JOB_LOCK_TIMEOUT = "2";

let database: SharedDatabase;
let api: TestServer;
let shop: TestShop;
let kitchenPrinter: FakePrinter;
let barPrinter: FakePrinter;
const workers: ServerProcess[] = [];

const startWorker = async () => {
  const worker = await startWorkerBeside(api, database.url, { JOB_LOCK_TIMEOUT });
  workers.push(worker);
  return worker;
};

beforeAll(async () => {
  database = await createSharedDatabase();
  // The API node takes orders; only the worker processes below print.
  api = await startTestServer({ database, env: { ROLE: "api", JOB_LOCK_TIMEOUT } });
  shop = await createTestShop(api);
  [kitchenPrinter, barPrinter] = await Promise.all([FakePrinter.start(), FakePrinter.start()]);
});
afterAll(async () => {
  for (const worker of workers) await worker.kill("SIGKILL");
  await api?.stop();
  await database?.drop();
  await kitchenPrinter?.stop();
  await barPrinter?.stop();
});

const ticketsOf = (printer: FakePrinter, order: Order): DecodedTicket[] =>
  printer.tickets.filter((ticket) => ticket.lines.some((line) => line.startsWith(`#${order.pickupNumber} `)));

const ticketState = (orderId: string, printerId: string) =>
  api.db
    .selectFrom("printTickets")
    .select("state")
    .where("orderId", "=", orderId)
    .where("printerId", "=", printerId)
    .executeTakeFirst()
    .then((row) => row?.state);

describe("a worker killed in the middle of printing a ticket", () => {
  it("leaves the ticket to another worker, which prints it again marked REPRINT, and nothing twice unmarked", async () => {
    const staff = kitchenApi(api.url, await login(api.url, shop.owner.email, shop.owner.password));
    const kitchen = await setUpKitchen(staff, shop, { kitchen: kitchenPrinter, bar: barPrinter });
    // The bar's printer prints what it gets but never says it is done: its worker is stuck mid-print.
    barPrinter.slow(120_000);
    const first = await startWorker();
    const answer = await mixedOrder(api.url, shop);
    expect(answer.status).toBe(201);
    const { order } = answer.body;
    await expect
      .poll(() => ticketState(order.id, kitchen.kitchenPrinter.id), { timeout: 20_000 })
      .toBe("printed");
    await expect
      .poll(() => ticketState(order.id, kitchen.barPrinter.id), { timeout: 20_000 })
      .toBe("sending");
    await expect.poll(() => ticketsOf(barPrinter, order).length, { timeout: 10_000 }).toBe(1);
    await first.kill("SIGKILL");
    barPrinter.slow(0);

    const second = await startWorker();
    await expect
      .poll(() => ticketState(order.id, kitchen.barPrinter.id), { timeout: 30_000 })
      .toBe("printed");
    const bar = ticketsOf(barPrinter, order);
    expect(bar.map((ticket) => ticket.reprint)).toEqual([false, true]);
    expect(bar[1]?.lines[0]).toBe("*** REPRINT ***");
    expect(bar[1]?.lines.join("\n")).toContain("2 x Latte");
    expect(ticketsOf(kitchenPrinter, order)).toHaveLength(1);

    // The surviving worker prints new orders once each, unmarked.
    const next = await mixedOrder(api.url, shop);
    await expect
      .poll(
        () =>
          ticketsOf(barPrinter, next.body.order).length + ticketsOf(kitchenPrinter, next.body.order).length,
        {
          timeout: 15_000,
        },
      )
      .toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(ticketsOf(barPrinter, next.body.order).map((ticket) => ticket.reprint)).toEqual([false]);
    expect(ticketsOf(kitchenPrinter, next.body.order).map((ticket) => ticket.reprint)).toEqual([false]);
    await second.kill("SIGTERM");
  }, 90_000); // two worker processes start inside the test: seconds each on a busy two-core machine
});
