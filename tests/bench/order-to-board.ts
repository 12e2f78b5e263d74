import { randomUUID } from "node:crypto";
import type { Order } from "@tabletap/shared";
import { login } from "../support/api.js";
import { createTestShop } from "../support/fixtures.js";
import { connected, connectMerchant } from "../support/sockets.js";
import { type Dialect, startTestServer } from "../support/test-server.js";
import { openLoop } from "./socket-echo-baseline.js";

/** Order placed over HTTP → order:created on a staff socket, measured per order, at a fixed arrival rate. */
export async function orderToBoard(dialect: Dialect, orders: number, rate: number): Promise<number[]> {
  const server = await startTestServer({ dialect });
  try {
    const shop = await createTestShop(server);
    const board = connectMerchant(server.url, await login(server.url, shop.owner.email, shop.owner.password));
    await connected(board);
    // The event often beats the HTTP answer, so arrival times are kept until the order id is known.
    const arrivedAt = new Map<string, number>();
    const waiting = new Map<string, (at: number) => void>();
    board.on("order:created", (order: Order) => {
      arrivedAt.set(order.id, performance.now());
      waiting.get(order.id)?.(performance.now());
    });
    const body = JSON.stringify({
      tableToken: shop.tableToken,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    const latencies = await openLoop(orders, rate, async () => {
      const started = performance.now();
      const response = await fetch(`${server.url}/api/orders`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": randomUUID() },
        body,
      });
      const { order } = (await response.json()) as { order: Order };
      const arrived =
        arrivedAt.get(order.id) ??
        (await new Promise<number>((resolve) => {
          waiting.set(order.id, resolve);
          setTimeout(() => resolve(Number.NaN), 5000);
        }));
      return arrived - started;
    });
    board.close();
    return latencies;
  } finally {
    await server.stop();
  }
}
