import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeOrder } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;

beforeAll(async () => {
  server = await startTestServer({ env: { ORDER_LIMIT_PER_TABLE: "3", ORDER_LIMIT_PER_ADDRESS: "8" } });
  shop = await createTestShop(server);
});
afterAll(() => server?.stop());

const order = (code: { tableToken: string } | { counterToken: string }) =>
  placeOrder(server.url, { ...code, lines: [{ itemId: shop.item("Tea").id, quantity: 1 }] });

const orderCount = async () => (await server.db.selectFrom("orders").select("id").execute()).length;

describe("order rate limits", () => {
  it("refuses a table's orders beyond its limit with 429 and writes nothing, then the address's", async () => {
    const [first, second] = shop.tables.filter((t) => t.kind === "table");
    if (!first || !second) throw new Error("the test shop has tables");
    for (let i = 0; i < 3; i++) expect((await order({ tableToken: first.token })).status).toBe(201);
    const refused = await order({ tableToken: first.token });
    expect(refused.status).toBe(429);
    expect(refused.body.error?.code).toBe("rate_limited");
    expect(await orderCount()).toBe(3);

    // Another table of the same shop is not held back by the first one.
    for (let i = 0; i < 3; i++) expect((await order({ tableToken: second.token })).status).toBe(201);
    // The counter code gets more than a table; here the address limit (8 a minute) comes first.
    expect((await order({ counterToken: shop.counterToken })).status).toBe(201);
    const byAddress = await order({ counterToken: shop.counterToken });
    expect(byAddress.status).toBe(429);
    expect(await orderCount()).toBe(7);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});
