import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let other: TestShop;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  other = await createTestShop(server);
});
afterAll(() => server?.stop());

type Case = {
  name: string;
  status: number;
  code: string;
  body: () => unknown;
  headers?: () => Record<string, string>;
};

const line = (overrides: Record<string, unknown> = {}) => ({
  itemId: shop.item("Latte").id,
  quantity: 1,
  optionIds: [shop.option("Latte", "Regular")],
  ...overrides,
});
const order = (lines: unknown[], extra: Record<string, unknown> = {}) => ({
  tableToken: shop.tableToken,
  lines,
  ...extra,
});

const cases: Case[] = [
  { name: "malformed JSON", status: 400, code: "invalid_json", body: () => '{"tableToken": ' },
  { name: "not an object", status: 400, code: "validation_failed", body: () => "[1,2]" },
  { name: "no lines", status: 400, code: "validation_failed", body: () => order([]) },
  {
    name: "zero quantity",
    status: 400,
    code: "validation_failed",
    body: () => order([line({ quantity: 0 })]),
  },
  {
    name: "negative quantity",
    status: 400,
    code: "validation_failed",
    body: () => order([line({ quantity: -2 })]),
  },
  {
    name: "fractional quantity",
    status: 400,
    code: "validation_failed",
    body: () => order([line({ quantity: 1.5 })]),
  },
  {
    name: "huge quantity",
    status: 400,
    code: "validation_failed",
    body: () => order([line({ quantity: 1e9 })]),
  },
  {
    name: "quantity as string",
    status: 400,
    code: "validation_failed",
    body: () => order([line({ quantity: "2" })]),
  },
  {
    name: "unknown field on a line",
    status: 400,
    code: "validation_failed",
    body: () => order([line({ price: 1 })]),
  },
  {
    name: "unknown top-level field",
    status: 400,
    code: "validation_failed",
    body: () => order([line()], { discount: 100 }),
  },
  {
    name: "both table and counter token",
    status: 400,
    code: "validation_failed",
    body: () => order([line()], { counterToken: shop.counterToken }),
  },
  { name: "no token", status: 400, code: "validation_failed", body: () => ({ lines: [line()] }) },
  {
    name: "note too long",
    status: 400,
    code: "validation_failed",
    body: () => order([line({ note: "x".repeat(201) })]),
  },
  {
    name: "control characters in note",
    status: 400,
    code: "validation_failed",
    body: () => order([line()], { note: "hi\u0007there" }),
  },
  {
    name: "unknown table token",
    status: 404,
    code: "table_not_found",
    body: () => order([line()], { tableToken: "A".repeat(22) }),
  },
  {
    name: "counter token sent as table token",
    status: 404,
    code: "table_not_found",
    body: () => order([line()], { tableToken: shop.counterToken }),
  },
  {
    name: "unknown item",
    status: 422,
    code: "unknown_item",
    body: () => order([line({ itemId: randomUUID(), optionIds: [] })]),
  },
  {
    name: "another shop's item",
    status: 422,
    code: "unknown_item",
    body: () => order([{ itemId: other.item("Tea").id, quantity: 1 }]),
  },
  {
    name: "sold-out item",
    status: 409,
    code: "sold_out",
    body: () => order([{ itemId: shop.item("Lemonade").id, quantity: 1 }]),
  },
  {
    name: "missing required option",
    status: 422,
    code: "invalid_options",
    body: () => order([line({ optionIds: [] })]),
  },
  {
    name: "two choices in a pick-one group",
    status: 422,
    code: "invalid_options",
    body: () =>
      order([line({ optionIds: [shop.option("Latte", "Regular"), shop.option("Latte", "Large")] })]),
  },
  {
    name: "option of another item",
    status: 422,
    code: "invalid_options",
    body: () =>
      order([{ itemId: shop.item("Tea").id, quantity: 1, optionIds: [shop.option("Latte", "Large")] }]),
  },
  {
    name: "the same option twice",
    status: 422,
    code: "invalid_options",
    body: () =>
      order([line({ optionIds: [shop.option("Latte", "Regular"), shop.option("Latte", "Regular")] })]),
  },
  {
    name: "oversized body",
    status: 413,
    code: "payload_too_large",
    body: () => order([line()], { note: "x".repeat(40_000) }),
  },
  {
    name: "missing Idempotency-Key",
    status: 400,
    code: "idempotency_key_required",
    body: () => order([line()]),
    headers: () => ({}),
  },
  {
    name: "malformed Idempotency-Key",
    status: 400,
    code: "validation_failed",
    body: () => order([line()]),
    headers: () => ({ "Idempotency-Key": "no spaces allowed" }),
  },
];

describe("bad input to POST /api/orders", () => {
  it.each(cases)("$name → $status $code, nothing written", async (c) => {
    const before = await rowCounts();
    const res = await postJson<{ error: { code: string; message: string } }>(
      `${server.url}/api/orders`,
      c.body(),
      {
        ...(c.headers ? c.headers() : { "Idempotency-Key": randomUUID() }),
      },
    );
    expect(res.status).toBe(c.status);
    expect(res.body.error.code).toBe(c.code);
    expect(res.body.error.message.length).toBeGreaterThan(5);
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    // The body claims a compression it does not have: the parser cannot inflate it.
    ["a body falsely marked gzip", { "Content-Encoding": "gzip" }, 400],
    ["a body falsely marked brotli", { "Content-Encoding": "br" }, 400],
  ])("refuses %s and keeps serving", async (_name, headers, status) => {
    const before = await rowCounts();
    const res = await postJson<{ error: { code: string } }>(`${server.url}/api/orders`, order([line()]), {
      "Idempotency-Key": randomUUID(),
      ...headers,
    });
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe("bad_request");
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ["a NUL byte in a table token", "/api/tables/%00"],
    ["a NUL byte in an order id", "/api/orders/%00"],
    ["bad percent-encoding", "/api/orders/%E0%A4%A"],
    ["a non-id order path", "/api/orders/not-an-id"],
  ])("answers %s with a 4xx in the error shape", async (_name, path) => {
    const res = await fetch(`${server.url}${path}`, {
      headers: { Authorization: "Bearer abcdefghijklmnopqrstuv" },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(
      /^(not_found|bad_request|table_not_found)$/,
    );
  });

  it("refuses a form-encoded post and keeps serving", async () => {
    const res = await fetch(`${server.url}/api/orders`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Idempotency-Key": randomUUID() },
      body: "tableToken=x",
    });
    expect(res.status).toBe(415);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
  });
});

async function rowCounts() {
  const count = async (table: "orders" | "orderLines" | "outbox" | "orderStatusChanges" | "pickupCounters") =>
    Number(
      (
        await server.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const seq = await server.db
    .selectFrom("shops")
    .select("lastSeq")
    .where("id", "=", shop.shopId)
    .executeTakeFirstOrThrow();
  return {
    seq: Number(seq.lastSeq),
    orders: await count("orders"),
    lines: await count("orderLines"),
    outbox: await count("outbox"),
    changes: await count("orderStatusChanges"),
    pickup: await count("pickupCounters"),
  };
}
