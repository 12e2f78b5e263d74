import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import {
  createSharedDatabase,
  type SharedDatabase,
  startTestServer,
  type TestServer,
} from "../support/test-server.js";

/**
 * Guessing coupon codes: wrong guesses are limited per table code, per diner app and per client address
 * (defaults: 10, 10 and 30 per 15 minutes), on the cart's preview and on orders alike, counted in Redis
 * so two API nodes share them. Once limited, the real code is refused too.
 */

let shared: SharedDatabase;
let node: TestServer;
let otherNode: TestServer;
let shop: TestShop;
const REAL = "K7QX9M2PWZ";

beforeAll(async () => {
  shared = await createSharedDatabase();
  // Addresses come from X-Forwarded-For, as behind the one load balancer TRUST_PROXY=1 describes.
  // The limits are the defaults (the suites' servers raise them).
  const env = {
    TRUST_PROXY: "1",
    COUPON_GUESSES_PER_TABLE: "10",
    COUPON_GUESSES_PER_DEVICE: "10",
    COUPON_GUESSES_PER_ADDRESS: "30",
  };
  node = await startTestServer({ database: shared, env });
  otherNode = await startTestServer({ database: shared, env, redisPrefix: node.config.redisPrefix });
  shop = await createTestShop(node);
  const cookie = await login(node.url, shop.owner.email, shop.owner.password);
  const coupon = await postJson(
    `${node.url}/api/merchant/coupons`,
    { code: REAL, kind: "percent", value: 100 },
    { Cookie: cookie },
  );
  expect(coupon.status).toBe(201);
});
afterAll(async () => {
  await otherNode?.stop();
  await node?.stop();
  await shared?.drop();
});

let addresses = 0;
const newAddress = () => `198.51.100.${++addresses}`;
const newDevice = () => `phone-${randomUUID()}`;
const wrongCode = () => `W${randomBytes(5).toString("hex").toUpperCase()}`;
const tableCode = (index: number) => shop.tables.filter((t) => t.kind === "table")[index]?.token ?? "";

interface Try {
  code: string;
  /** A table's code, or the counter's when omitted. */
  table?: string;
  device?: string;
  address?: string;
  server?: TestServer;
  /** Default: the shop with the real code. */
  at?: TestShop;
}
const where = (attempt: Try) =>
  attempt.table ? { tableToken: attempt.table } : { counterToken: shop.counterToken };
const tea = (attempt: Partial<Try>) => [{ itemId: (attempt.at ?? shop).item("Tea").id, quantity: 1 }];
const headers = (attempt: Try) => ({ "X-Forwarded-For": attempt.address ?? newAddress() });

const preview = (attempt: Try) =>
  postJson<{ discount?: number; error?: { code: string } }>(
    `${(attempt.server ?? node).url}/api/coupons/preview`,
    {
      ...where(attempt),
      lines: tea(attempt),
      couponCode: attempt.code,
      deviceId: attempt.device ?? newDevice(),
    },
    headers(attempt),
  );

const order = (attempt: Partial<Try>) =>
  postJson<{ error?: { code: string } }>(
    `${(attempt.server ?? node).url}/api/orders`,
    {
      ...where({ code: "", ...attempt }),
      lines: tea(attempt),
      ...(attempt.code ? { couponCode: attempt.code, deviceId: attempt.device ?? newDevice() } : {}),
    },
    { ...headers({ code: "", ...attempt }), "Idempotency-Key": randomUUID() },
  );

/** Wrong guesses until the first 429 (at most 400); the statuses seen. */
async function guessUntilRefused(attempt: Omit<Try, "code">): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < 400; i++) {
    const answer = await preview({ ...attempt, code: wrongCode() });
    statuses.push(answer.status);
    if (answer.status === 429) {
      expect(answer.body.error?.code).toBe("rate_limited");
      break;
    }
  }
  return statuses;
}

const wrongThenRefused = (wrong: number) => [...Array(wrong).fill(404), 429];

describe("guessing coupon codes", () => {
  it("refuses a table code's wrong guesses well before 400 tries, and then its real code too", async () => {
    // Each guess from another phone and address: only the table code's count can stop them.
    expect(await guessUntilRefused({ table: tableCode(0) })).toEqual(wrongThenRefused(10));
    expect((await preview({ code: REAL, table: tableCode(0) })).status).toBe(429);
    expect((await order({ code: REAL, table: tableCode(0) })).status).toBe(429);
    // The table still orders without a code, and the other tables still take the real one.
    expect((await order({ table: tableCode(0) })).status).toBe(201);
    const elsewhere = await preview({ code: REAL, table: tableCode(1) });
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.discount).toBe(1500);
  });

  it("cuts a burst of guesses sent at once at the limit", async () => {
    const at = await createTestShop(node);
    const burst = await Promise.all(
      Array.from({ length: 100 }, () => preview({ code: wrongCode(), table: at.tableToken, at })),
    );
    const statuses = burst.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 404).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((status) => status !== 404 && status !== 429)).toEqual([]);
  });

  it("counts one phone's wrong guesses wherever it makes them", async () => {
    const device = newDevice();
    expect(await guessUntilRefused({ device })).toEqual(wrongThenRefused(10));
    expect((await preview({ code: REAL, table: tableCode(1), device })).status).toBe(429);
    expect((await preview({ code: REAL, table: tableCode(1) })).status).toBe(200);
  });

  it("counts one address's wrong guesses across phones", async () => {
    const address = newAddress();
    expect(await guessUntilRefused({ address })).toEqual(wrongThenRefused(30));
    expect((await preview({ code: REAL, table: tableCode(1), address })).status).toBe(429);
    expect((await preview({ code: REAL, table: tableCode(1) })).status).toBe(200);
  });

  it("counts wrong codes sent with orders as guesses too", async () => {
    for (let i = 0; i < 10; i++) {
      const refused = await order({ code: wrongCode(), table: tableCode(2) });
      expect(refused.status).toBe(404);
      expect(refused.body.error?.code).toBe("coupon_not_found");
    }
    expect((await order({ code: REAL, table: tableCode(2) })).status).toBe(429);
    expect((await preview({ code: REAL, table: tableCode(2) })).status).toBe(429);
    const placed = await node.db
      .selectFrom("orders")
      .select("id")
      .where("tableId", "=", shop.tables.find((t) => t.token === tableCode(2))?.id ?? "")
      .execute();
    expect(placed).toEqual([]);
  });

  it("shares the count between API nodes", async () => {
    const device = newDevice();
    for (const server of [
      node,
      otherNode,
      node,
      otherNode,
      node,
      otherNode,
      node,
      otherNode,
      node,
      otherNode,
    ]) {
      expect((await preview({ code: wrongCode(), device, server })).status).toBe(404);
    }
    expect((await preview({ code: REAL, table: tableCode(1), device, server: otherNode })).status).toBe(429);
    expect((await preview({ code: REAL, table: tableCode(1), device, server: node })).status).toBe(429);
  });
});
