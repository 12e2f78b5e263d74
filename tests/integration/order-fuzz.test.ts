import { randomUUID } from "node:crypto";
import { errorCodes } from "@tabletap/shared";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { rowSnapshot } from "../support/row-snapshot.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let other: TestShop;
/** The statuses OpenAPI documents for POST /api/orders. */
let documented: number[];

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  other = await createTestShop(server);
  const doc = await getJson<{ paths: Record<string, { post: { responses: Record<string, unknown> } }> }>(
    `${server.url}/api/openapi.json`,
  );
  documented = Object.keys(doc.body.paths["/api/orders"]?.post.responses ?? {}).map(Number);
});
afterAll(() => server?.stop());

/** Sends a body (a string goes as is) and checks the answer against the contract. */
async function placeAndCheck(body: unknown, raw = false): Promise<number> {
  const before = await rowSnapshot(server.db);
  const res = await fetch(`${server.url}/api/orders`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID() },
    body: raw ? (body as string) : JSON.stringify(body),
  });
  const text = await res.text();
  const context = `${res.status} ${text.slice(0, 300)}\nfor ${String(raw ? body : JSON.stringify(body)).slice(0, 300)}`;
  expect(res.status, context).toBeLessThan(500);
  expect(documented, context).toContain(res.status);
  const parsed = JSON.parse(text) as { error?: { code: string; message: string }; order?: { total: number } };
  if (res.status === 201) {
    expect(parsed.order?.total, context).toBeGreaterThan(0);
  } else {
    expect(errorCodes, context).toContain(parsed.error?.code);
    expect(typeof parsed.error?.message, context).toBe("string");
    expect(await rowSnapshot(server.db), context).toEqual(before);
  }
  return res.status;
}

// Anything a broken or hostile client could put where a value goes, odd strings included.
const oddString = fc.oneof(
  fc.string({ unit: "binary" }), // lone surrogates, NUL, controls
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "",
    " ",
    "\u202e",
    "\u200b",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "%00",
    "__proto__",
  ),
);
const anyValue = fc.oneof(
  oddString,
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1.5, 99, 100, 2 ** 31, 2 ** 53, Number.MAX_VALUE, null, true, false),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue(), { maxKeys: 3 }),
);

type Body = Record<string, unknown>;
/** The body's i-th line, if an earlier mutation left it a line at all. */
const lineAt = (body: Body, i: number): Record<string, unknown> | undefined => {
  const line = Array.isArray(body.lines) ? (body.lines[i] as unknown) : undefined;
  return typeof line === "object" && line !== null && !Array.isArray(line)
    ? (line as Record<string, unknown>)
    : undefined;
};
const validBody = (): Body => ({
  tableToken: shop.tableToken,
  lines: [
    { itemId: shop.item("Latte").id, quantity: 2, optionIds: [shop.option("Latte", "Large")], note: "hot" },
    { itemId: shop.item("Tea").id, quantity: 1 },
  ],
  note: "by the window",
});

// One change to a valid order, as a tampering or buggy client would make it.
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("drop"), key: fc.constantFrom("tableToken", "lines", "note") }),
  fc.record({
    kind: fc.constant("set"),
    key: fc.constantFrom("tableToken", "counterToken", "lines", "note", "payment", "total", "status"),
    value: anyValue,
  }),
  fc.record({
    kind: fc.constant("line"),
    index: fc.nat(1),
    key: fc.constantFrom("itemId", "quantity", "optionIds", "note", "price", "unitPrice"),
    value: anyValue,
  }),
  fc.record({ kind: fc.constant("quantity"), value: fc.oneof(fc.integer(), fc.double()) }),
  fc.record({ kind: fc.constant("foreign"), what: fc.constantFrom("item", "option", "table") }),
  fc.record({ kind: fc.constant("note"), value: oddString }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(body: Body, m: Mutation): Body {
  switch (m.kind) {
    case "drop":
      delete body[m.key];
      break;
    case "set":
      body[m.key] = m.value;
      break;
    case "line": {
      const line = lineAt(body, m.index);
      if (line) line[m.key] = m.value;
      break;
    }
    case "quantity": {
      const line = lineAt(body, 0);
      if (line) line.quantity = m.value;
      break;
    }
    case "foreign": {
      const [latte, tea] = [lineAt(body, 0), lineAt(body, 1)];
      if (m.what === "table") body.tableToken = other.tableToken;
      else if (m.what === "item" && tea) tea.itemId = other.item("Tea").id;
      else if (latte) latte.optionIds = [other.option("Latte", "Large")];
      break;
    }
    case "note":
      body.note = m.value;
      break;
  }
  return body;
}

describe("POST /api/orders under a property-based fuzzer", () => {
  it("answers arbitrary JSON with a documented 4xx and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), anyValue)), async (body) => {
        const status = await placeAndCheck(body);
        expect(status).not.toBe(201);
      }),
      { numRuns: 60 },
    );
  });

  it("answers arbitrary bytes with a documented 4xx and writes nothing", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 200 }), async (text) => {
        await placeAndCheck(text, true);
      }),
      { numRuns: 40 },
    );
  });

  it("places a valid order, or refuses a mutated one with a documented 4xx and writes nothing", async () => {
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 0, maxLength: 3 }), async (mutations) => {
        const body = mutations.reduce(mutate, validBody());
        statuses.add(await placeAndCheck(body));
      }),
      { numRuns: 120 },
    );
    // The property saw both sides: orders that were placed and orders that were refused.
    expect(statuses.has(201)).toBe(true);
    expect([...statuses].some((s) => s >= 400)).toBe(true);
  });
});
