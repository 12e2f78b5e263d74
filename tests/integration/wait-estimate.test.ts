import type { WaitResponse } from "@tabletap/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, placeOrder, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let now = Date.now();
const minutes = (n: number) => n * 60_000;

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
});
afterAll(() => server?.stop());

async function shopWithOwner(): Promise<{ shop: TestShop; owner: string }> {
  const shop = await createTestShop(server);
  return { shop, owner: await login(server.url, shop.owner.email, shop.owner.password) };
}

const order = async (shop: TestShop) => {
  const placed = await placeOrder(server.url, {
    tableToken: shop.tableToken,
    lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
  });
  expect(placed.status).toBe(201);
  return placed.body;
};

const waitFor = async (placed: { order: { id: string }; orderToken: string }) =>
  getJson<WaitResponse>(`${server.url}/api/orders/${placed.order.id}/wait`, {
    Authorization: `Bearer ${placed.orderToken}`,
  });

describe("estimated wait", () => {
  it("guesses sensibly with no history, then learns the shop's preparation time and its queue", async () => {
    const { shop, owner } = await shopWithOwner();
    const first = await order(shop);
    const fresh = (await waitFor(first)).body.estimate;
    expect(fresh).toMatchObject({ basis: "default", ordersAhead: 0 });
    expect(fresh?.fromMinutes).toBeGreaterThanOrEqual(5);
    expect(fresh?.toMinutes).toBeLessThanOrEqual(20);
    expect(fresh?.fromMinutes).toBeLessThan(fresh?.toMinutes ?? 0);

    // Four orders each took 30 minutes from accepted to ready.
    for (let i = 0; i < 4; i++) {
      const done = await order(shop);
      await setStatus(server.url, owner, done.order.id, "accepted");
      now += minutes(30);
      await setStatus(server.url, owner, done.order.id, "ready");
    }
    const slow = (await waitFor(first)).body.estimate;
    expect(slow?.basis).toBe("recent_orders");
    expect(slow?.fromMinutes).toBeLessThanOrEqual(30);
    expect(slow?.toMinutes).toBeGreaterThanOrEqual(30);

    // Orders placed earlier and still in the kitchen push a later one back.
    const later = await order(shop);
    const queued = (await waitFor(later)).body.estimate;
    expect(queued?.ordersAhead).toBe(1);
    expect(queued?.toMinutes).toBeGreaterThan(slow?.toMinutes ?? 0);

    // Time spent being made counts down the wait; a ready order has nothing left to wait for.
    await setStatus(server.url, owner, first.order.id, "accepted");
    now += minutes(20);
    const nearly = (await waitFor(first)).body.estimate;
    expect(nearly?.toMinutes).toBeLessThan(slow?.toMinutes ?? 0);
    await setStatus(server.url, owner, first.order.id, "ready");
    expect((await waitFor(first)).body).toEqual({ estimate: null });
  });

  it("answers only with the order's token", async () => {
    const { shop } = await shopWithOwner();
    const placed = await order(shop);
    const wrong = await getJson(`${server.url}/api/orders/${placed.order.id}/wait`, {
      Authorization: `Bearer ${"x".repeat(43)}`,
    });
    expect(wrong.status).toBe(404);
    expect((await getJson(`${server.url}/api/orders/${placed.order.id}/wait`)).status).toBe(401);
  });
});
