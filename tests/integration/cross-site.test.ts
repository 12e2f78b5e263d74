import { randomUUID } from "node:crypto";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { connected, connectMerchant } from "../support/sockets.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
});
afterAll(() => server?.stop());

describe("cross-site protection and logout", () => {
  it("refuses a state change that a foreign page makes with the staff's cookie", async () => {
    const cookie = await login(server.url, shop.owner.email, shop.owner.password);
    const placed = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    const forged = await postJson<{ error: { code: string } }>(
      `${server.url}/api/merchant/orders/${placed.body.order.id}/status`,
      { status: "cancelled" },
      { Cookie: cookie, Origin: "https://evil.example" },
    );
    expect(forged.status).toBe(403);
    expect(forged.body.error.code).toBe("forbidden");
    const row = await server.db
      .selectFrom("orders")
      .select("status")
      .where("id", "=", placed.body.order.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("placed");

    const sameSite = await postJson(
      `${server.url}/api/merchant/orders/${placed.body.order.id}/status`,
      { status: "accepted" },
      { Cookie: cookie, Origin: server.config.publicUrl },
    );
    expect(sameSite.status).toBe(200);
  });

  it("refuses every documented staff and sign-in state change from a foreign page", async () => {
    const cookie = await login(server.url, shop.owner.email, shop.owner.password);
    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const changes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith("/api/merchant/") || path.startsWith("/api/auth/"))
      .flatMap(([path, item]) =>
        Object.keys(item)
          .filter((method) => ["post", "put", "patch", "delete"].includes(method))
          .map((method) => ({
            method: method.toUpperCase(),
            path: path.replace(/\{[^}]+\}/g, randomUUID()),
          })),
      );
    expect(changes.length).toBeGreaterThanOrEqual(10);
    const ordersBefore = await server.db.selectFrom("orders").select("id").execute();
    for (const { method, path } of changes) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { Cookie: cookie, Origin: "https://evil.example", "Content-Type": "application/json" },
        body: method === "DELETE" ? undefined : "{}",
      });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
    expect(await server.db.selectFrom("orders").select("id").execute()).toEqual(ordersBefore);
    // The session survived: a forged logout did not end it either.
    expect((await fetch(`${server.url}/api/auth/session`, { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it("refuses a staff socket opened from a foreign page", async () => {
    const cookie = await login(server.url, shop.owner.email, shop.owner.password);
    const socket = io(`${server.url}/merchant`, {
      transports: ["websocket"],
      extraHeaders: { Cookie: cookie, Origin: "https://evil.example" },
      reconnection: false,
      forceNew: true,
    });
    await expect(connected(socket)).rejects.toThrow();
    socket.close();
  });

  it("logout disconnects the session's open board", async () => {
    const cookie = await login(server.url, shop.owner.email, shop.owner.password);
    const board = connectMerchant(server.url, cookie);
    await connected(board);
    const dropped = new Promise<string>((resolve) => board.once("disconnect", (reason) => resolve(reason)));
    const res = await fetch(`${server.url}/api/auth/logout`, { method: "POST", headers: { Cookie: cookie } });
    expect(res.status).toBe(204);
    expect(await dropped).toBe("io server disconnect");
    const again = connectMerchant(server.url, cookie);
    await expect(connected(again)).rejects.toThrow("unauthorized");
    again.close();
  });
});
