import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { placeOrder } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { connected, type DinerSocket } from "../support/sockets.js";
import { addLine, cartCall, connectTable } from "../support/table-cart.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;

beforeAll(async () => {
  server = await startTestServer({
    env: { ORDER_LIMIT_PER_TABLE: "3", ORDER_LIMIT_PER_ADDRESS: "8", CART_LIMIT_PER_TABLE: "6" },
  });
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

describe("shared-cart rate limit", () => {
  const phones: DinerSocket[] = [];
  afterAll(() => {
    for (const phone of phones) phone.disconnect();
  });
  const phoneAt = async (token: string) => {
    const phone = connectTable(server.url, token);
    phones.push(phone);
    await connected(phone);
    return phone;
  };
  const cartLines = async (tableId: string) =>
    (await server.db.selectFrom("tableCartLines").select("id").where("tableId", "=", tableId).execute())
      .length;

  it("counts every phone of a table together, refuses beyond the limit and writes nothing", async () => {
    const [first, second] = shop.tables.filter((t) => t.kind === "table").slice(1);
    if (!first || !second) throw new Error("the test shop has three tables");
    const [ana, ben] = [await phoneAt(first.token), await phoneAt(first.token)];
    const tea = { itemId: shop.item("Tea").id };
    // Six events a minute for the table, whichever phone sends them: three adds and three syncs.
    for (const phone of [ana, ben, ana]) {
      expect(await addLine(phone, { ...tea, nickname: "Ana" })).toMatchObject({ ok: true });
      expect(await cartCall(phone, "cart:sync")).toMatchObject({ ok: true });
    }
    for (const refused of [
      await addLine(ben, { ...tea, nickname: "Ben" }),
      await cartCall(ana, "cart:sync"),
    ]) {
      expect(refused).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    }
    expect(await cartLines(first.id)).toBe(3);
    expect(ana.connected && ben.connected).toBe(true);

    // The next table's phones are not held back.
    const chen = await phoneAt(second.token);
    expect(await addLine(chen, { ...tea, nickname: "Chen" })).toMatchObject({ ok: true });
    expect(await cartLines(second.id)).toBe(1);
  });
});
