import type { Order } from "@tabletap/shared";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeOrder } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { connected, connectMerchant, type MerchantSocket, record } from "../support/sockets.js";
import { signedInStaff } from "../support/staff.js";
import { call } from "../support/tables.js";
import { REDIS_URL, startTestServer, type TestServer } from "../support/test-server.js";

/**
 * SESSION_IDLE_TIMEOUT counts from a session's last request, not from sign-in, for REST and for the board's
 * socket alike. A request renews the stored session's TTL in Redis without rewriting the stored record, so
 * the record's cookie keeps saying "expires at sign-in + idle timeout" however busy the session is.
 */

const IDLE_S = 60;
let server: TestServer;
let shop: TestShop;
const redis = new Redis(REDIS_URL);
const boards: MerchantSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({
    env: { SESSION_IDLE_TIMEOUT: String(IDLE_S), SESSION_MAX_AGE: "3600" },
    sessionRecheckMs: 200,
  });
  shop = await createTestShop(server);
});
afterAll(async () => {
  for (const board of boards) board.disconnect();
  redis.disconnect();
  await server?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Redis key of the session a cookie carries (`s:<id>.<signature>`). */
function sessionKeyOf(cookie: string): string {
  const id = decodeURIComponent(cookie.split("=")[1] ?? "")
    .replace(/^s:/, "")
    .split(".")[0];
  return `${server.config.redisPrefix}:sess:${id}`;
}

/**
 * Puts a session in the state Redis holds after five busy minutes: signed in five minutes ago, the stored
 * cookie still expiring a minute after that, the key itself alive because every request renewed its TTL.
 */
async function keptBusyForFiveMinutes(cookie: string): Promise<void> {
  const key = sessionKeyOf(cookie);
  const stored = JSON.parse((await redis.get(key)) ?? "null");
  if (!stored?.staff) throw new Error("no stored session");
  const signedInAt = Date.now() - 5 * 60_000;
  stored.staff.signedInAt = signedInAt;
  stored.cookie.expires = new Date(signedInAt + IDLE_S * 1000).toISOString();
  expect(await redis.set(key, JSON.stringify(stored), "KEEPTTL")).toBe("OK");
}

const ordersStatus = async (cookie: string) =>
  (await call(server, "GET", "/api/merchant/orders", { cookie })).status;

async function openBoard(cookie: string) {
  const board = connectMerchant(server.url, cookie);
  boards.push(board);
  await connected(board);
  return board;
}

const teaOrder = () => ({
  tableToken: shop.tableToken,
  lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
});

describe("a busy staff session", () => {
  it("keeps answering and keeps its board past SESSION_IDLE_TIMEOUT after sign-in", async () => {
    const person = await signedInStaff(server, shop.shopId, "staff");
    const board = await openBoard(person.cookie);
    await keptBusyForFiveMinutes(person.cookie);

    expect(await ordersStatus(person.cookie)).toBe(200);
    await sleep(1000);
    expect(board.connected).toBe(true);
    const created = record<Order>(board, "order:created");
    const placed = await placeOrder(server.url, teaOrder());
    expect(placed.status).toBe(201);
    await created.next((order) => order.id === placed.body.order.id);
  });

  it("opens a board after SESSION_IDLE_TIMEOUT since sign-in, and keeps it", async () => {
    const person = await signedInStaff(server, shop.shopId, "staff");
    await keptBusyForFiveMinutes(person.cookie);
    const board = await openBoard(person.cookie);
    await sleep(1000);
    expect(board.connected).toBe(true);
  });
});

describe("an idle staff session", () => {
  it("drops its board when the stored session's idle time runs out", async () => {
    const person = await signedInStaff(server, shop.shopId, "staff");
    const board = await openBoard(person.cookie);
    const dropped = new Promise<string>((resolve) => board.once("disconnect", resolve));
    // The state one second before the idle timeout: no request has renewed the key for 59 seconds.
    await redis.pexpire(sessionKeyOf(person.cookie), 1000);
    expect(await dropped).toBe("io server disconnect");
    expect(await ordersStatus(person.cookie)).toBe(401);
  });

  it("keeps its board when a request renews it before the idle time runs out", async () => {
    const person = await signedInStaff(server, shop.shopId, "staff");
    const board = await openBoard(person.cookie);
    await redis.pexpire(sessionKeyOf(person.cookie), 1000);
    expect(await ordersStatus(person.cookie)).toBe(200);
    await sleep(2000);
    expect(board.connected).toBe(true);
  });
});
