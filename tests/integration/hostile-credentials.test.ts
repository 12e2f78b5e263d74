import type { CartSubmitted, Order, TableCart } from "@tabletap/shared";
import { Redis } from "ioredis";
import type { Socket } from "socket.io-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { connected, connectMerchant, record } from "../support/sockets.js";
import { signedInStaff } from "../support/staff.js";
import { addLine, connectTable, orderLines } from "../support/table-cart.js";
import { call } from "../support/tables.js";
import { REDIS_URL, startTestServer, type TestServer } from "../support/test-server.js";

/**
 * A live socket lasts only as long as the credential that admitted it: a table's code (replaced, or the
 * table switched off) or a staff session (expired, idle, logged out, password changed, person removed).
 * Once it ends, the socket is dropped and hears nothing more.
 */

let server: TestServer;
let shop: TestShop;
// The server's clock runs ahead of (or behind) the real one when a test says so.
let offsetMs = 0;
const sockets: Socket[] = [];

const IDLE_S = 60;
const MAX_AGE_S = 3600;

beforeAll(async () => {
  server = await startTestServer({
    clock: () => Date.now() + offsetMs,
    env: { SESSION_IDLE_TIMEOUT: String(IDLE_S), SESSION_MAX_AGE: String(MAX_AGE_S) },
    sessionRecheckMs: 200,
  });
  shop = await createTestShop(server);
});
afterEach(() => {
  offsetMs = 0;
  for (const socket of sockets.splice(0)) socket.disconnect();
});
afterAll(() => server?.stop());

// A fresh sign-in each time: a session kept from beforeAll would go idle within SESSION_IDLE_TIMEOUT.
const owner = () => login(server.url, shop.owner.email, shop.owner.password);

const tableOf = (label: string) => {
  const table = shop.tables.find((t) => t.label === label);
  if (!table) throw new Error(`no table ${label}`);
  return table;
};

function kept<S extends Socket>(socket: S): S {
  sockets.push(socket);
  return socket;
}

/** Resolves with the reason the socket was dropped; rejects if it is still connected after `ms`. */
function dropped(socket: Socket, ms = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still connected after ${ms} ms`)), ms);
    socket.once("disconnect", (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const tea = () => [{ itemId: shop.item("Tea").id, quantity: 1 }];

/** A phone at the table with a line in the shared cart, which it hears back as `cart:updated`. */
async function guestAt(token: string, nickname: string) {
  const socket = kept(connectTable(server.url, token));
  await connected(socket);
  const carts = record<TableCart>(socket, "cart:updated");
  const submitted = record<CartSubmitted>(socket, "cart:submitted");
  const added = await addLine(socket, { itemId: shop.item("Tea").id, nickname, note: `${nickname}'s note` });
  if (!added.ok) throw new Error(added.error.message);
  return { socket, carts, submitted, cart: added.data };
}

/** What an old phone must never hear: the next guests filling and sending their cart. */
async function nextGuestsOrder(token: string) {
  const next = await guestAt(token, "Next guest");
  const placed = await placeOrder(server.url, {
    tableToken: token,
    lines: orderLines(next.cart),
    sharedCart: { version: next.cart.version, nickname: "Next guest" },
  });
  expect(placed.status).toBe(201);
  await next.submitted.next();
  return next;
}

describe("a diner socket admitted by a table's code", () => {
  it("is dropped when the code is replaced, and hears nothing of the next guests' cart or order", async () => {
    const table = tableOf("T1");
    const old = await guestAt(table.token, "Earlier guest");
    await old.carts.next((cart) => cart.lines.some((line) => line.addedBy === "Earlier guest"));
    const heardBefore = old.carts.events.length;
    const drop = dropped(old.socket);

    const rotated = await postJson<{ table: { token: string } }>(
      `${server.url}/api/merchant/tables/${table.id}/token`,
      undefined,
      { Cookie: await owner() },
    );
    expect(rotated.status).toBe(200);
    expect(await drop).toBe("io server disconnect");

    await nextGuestsOrder(rotated.body.table.token);
    expect(old.carts.events).toHaveLength(heardBefore);
    expect(old.submitted.events).toHaveLength(0);
    await expect(connected(kept(connectTable(server.url, table.token)))).rejects.toThrow(/^unauthorized$/);
  });

  it("is dropped when the table is switched off, and cannot come back", async () => {
    const table = tableOf("T2");
    const old = await guestAt(table.token, "Late guest");
    const drop = dropped(old.socket);

    const off = await call(server, "PATCH", `/api/merchant/tables/${table.id}`, {
      cookie: await owner(),
      body: { active: false },
    });
    expect(off.status).toBe(200);
    expect(await drop).toBe("io server disconnect");
    await expect(connected(kept(connectTable(server.url, table.token)))).rejects.toThrow(/^unauthorized$/);
  });

  it("at the counter is dropped when the counter's code is replaced", async () => {
    const counter = shop.tables.find((t) => t.kind === "counter");
    if (!counter) throw new Error("no counter");
    const socket = kept(connectTable(server.url, counter.token));
    await connected(socket);
    const drop = dropped(socket);
    const rotated = await postJson(`${server.url}/api/merchant/tables/${counter.id}/token`, undefined, {
      Cookie: await owner(),
    });
    expect(rotated.status).toBe(200);
    expect(await drop).toBe("io server disconnect");
  });
});

/** A board that hears this shop's orders until its session ends. */
async function boardOf(cookie: string) {
  const board = kept(connectMerchant(server.url, cookie));
  await connected(board);
  const created = record<Order>(board, "order:created");
  const control = await placeOrder(server.url, { tableToken: tableOf("T3").token, lines: tea() });
  expect(control.status).toBe(201);
  await created.next((order) => order.id === control.body.order.id);
  return { board, created };
}

/** After the board was dropped, a new order reaches other boards but not this one. */
async function hearsNoMoreOrders(created: { events: Order[] }) {
  const heard = created.events.length;
  const witness = await boardOf(await owner());
  const later = await placeOrder(server.url, { tableToken: tableOf("T3").token, lines: tea() });
  expect(later.status).toBe(201);
  await witness.created.next((order) => order.id === later.body.order.id);
  expect(created.events).toHaveLength(heard);
}

const redis = new Redis(REDIS_URL);
afterAll(() => redis.quit());

/** The stored session a cookie (`tt.sid=s:<id>.<signature>`) carries. */
const sessionKeyOf = (cookie: string) => {
  const id = decodeURIComponent(cookie.split("=")[1] ?? "")
    .replace(/^s:/, "")
    .split(".")[0];
  return `${server.config.redisPrefix}:sess:${id}`;
};

const ordersStatus = async (cookie: string) =>
  (await call(server, "GET", "/api/merchant/orders", { cookie })).status;

describe("a staff socket admitted by a session", () => {
  it("stays while the session lives, through several lookups", async () => {
    const person = await signedInStaff(server, shop.shopId, "staff");
    const { board } = await boardOf(person.cookie);
    await sleep(1000);
    expect(board.connected).toBe(true);
    expect(await ordersStatus(person.cookie)).toBe(200);
  });

  it("is dropped when the session reaches SESSION_MAX_AGE, however busy", async () => {
    // Signed in almost SESSION_MAX_AGE ago: the session has eight seconds left.
    offsetMs = -(MAX_AGE_S * 1000 - 8000);
    const person = await signedInStaff(server, shop.shopId, "staff");
    offsetMs = 0;
    const { board, created } = await boardOf(person.cookie);
    expect(await ordersStatus(person.cookie)).toBe(200);
    expect(await dropped(board, 12_000)).toBe("io server disconnect");
    expect(await ordersStatus(person.cookie)).toBe(401);
    await hearsNoMoreOrders(created);
  });

  it("is dropped when the session goes idle for SESSION_IDLE_TIMEOUT", async () => {
    const person = await signedInStaff(server, shop.shopId, "staff");
    const { board, created } = await boardOf(person.cookie);
    const drop = dropped(board);
    // The idle timeout is the stored session's TTL, renewed by each request: this one has a second left.
    await redis.pexpire(sessionKeyOf(person.cookie), 1000);
    expect(await drop).toBe("io server disconnect");
    expect(await ordersStatus(person.cookie)).toBe(401);
    await hearsNoMoreOrders(created);
  });

  it("stays when a request renews a session about to go idle", async () => {
    const person = await signedInStaff(server, shop.shopId, "staff");
    const { board } = await boardOf(person.cookie);
    await redis.pexpire(sessionKeyOf(person.cookie), 1000);
    expect(await ordersStatus(person.cookie)).toBe(200);
    await sleep(2000);
    expect(board.connected).toBe(true);
  });

  it("stays past SESSION_IDLE_TIMEOUT after sign-in while requests keep coming", async () => {
    const person = await signedInStaff(server, shop.shopId, "staff");
    const { board } = await boardOf(person.cookie);
    offsetMs = (IDLE_S - 5) * 1000;
    expect(await ordersStatus(person.cookie)).toBe(200);
    offsetMs = (IDLE_S + 5) * 1000;
    expect(await ordersStatus(person.cookie)).toBe(200);
    await sleep(1000);
    expect(board.connected).toBe(true);
  });

  it("is dropped at logout", async () => {
    const person = await signedInStaff(server, shop.shopId, "staff");
    const { board, created } = await boardOf(person.cookie);
    const drop = dropped(board);
    expect((await call(server, "POST", "/api/auth/logout", { cookie: person.cookie })).status).toBe(204);
    expect(await drop).toBe("io server disconnect");
    await hearsNoMoreOrders(created);
  });

  it("is dropped when the password changes, on every session of that person", async () => {
    const person = await signedInStaff(server, shop.shopId, "staff");
    const elsewhere = await boardOf(person.cookie);
    const here = await boardOf(person.cookie);
    const drops = [dropped(elsewhere.board), dropped(here.board)];
    const changed = await call(server, "POST", "/api/auth/password", {
      cookie: person.cookie,
      body: { currentPassword: "a long enough password", newPassword: "another long password" },
    });
    expect(changed.status).toBe(204);
    expect(await Promise.all(drops)).toEqual(["io server disconnect", "io server disconnect"]);
    await hearsNoMoreOrders(elsewhere.created);
  });

  it("is dropped when the person is removed, and cannot come back", async () => {
    const person = await signedInStaff(server, shop.shopId, "staff");
    const { board, created } = await boardOf(person.cookie);
    const drop = dropped(board);
    const removed = await call(server, "DELETE", `/api/merchant/staff/${person.staffId}`, {
      cookie: await owner(),
    });
    expect(removed.status).toBe(204);
    expect(await drop).toBe("io server disconnect");
    await expect(connected(kept(connectMerchant(server.url, person.cookie)))).rejects.toThrow(
      /^unauthorized$/,
    );
    await hearsNoMoreOrders(created);
  });
});
