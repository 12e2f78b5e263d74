import { describe, expect, it } from "vitest";
import { placeOrder } from "../support/api.js";
import { expectRefusedUnchanged, order, server, startHostileServer } from "./hostile-input/harness.js";
import { orderRows } from "./hostile-input/orders-rows.js";

startHostileServer();

describe("hostile input: placing orders, staff order changes and payment webhooks", () => {
  it.each(orderRows)("$name → $status $code, nothing written", expectRefusedUnchanged);

  it("keeps serving after all of it", async () => {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const placed = await placeOrder(server.url, order());
    expect(placed.status).toBe(201);
  });
});
