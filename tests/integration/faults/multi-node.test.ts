import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDatabase, type Db } from "@tabletap/server/db/database";
import { freePort } from "@tabletap/server/net/free-port";
import { type CartSubmitted, DINER_NAMESPACE, type Order, type TableCart } from "@tabletap/shared";
import { io } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, placeOrder, postJson } from "../../support/api.js";
import { createTestShop, type TestShop } from "../../support/fixtures.js";
import { ServerProcess } from "../../support/server-process.js";
import {
  connected,
  connectMerchant,
  type DinerSocket,
  type MerchantSocket,
  record,
} from "../../support/sockets.js";
import { addressReaching, startStickyProxy } from "../../support/sticky-proxy.js";
import { addLine, cartCall, connectTable, orderLines } from "../../support/table-cart.js";
import {
  createSharedDatabase,
  REDIS_URL,
  type SharedDatabase,
  TEST_SESSION_SECRET,
} from "../../support/test-server.js";

let database: SharedDatabase;
const dataDir = mkdtempSync(path.join(tmpdir(), "tabletap-nodes-"));
let db: Db;
let shop: TestShop;
const prefix = `test.nodes${Date.now().toString(36)}`;
const processes: ServerProcess[] = [];
const nodes: { a: string; b: string } = { a: "", b: "" };

async function startNode(role: "api" | "worker"): Promise<{ process: ServerProcess; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const process = await ServerProcess.start({
    NODE_ENV: "test",
    ROLE: role,
    PORT: String(port),
    HOST: "127.0.0.1",
    PUBLIC_URL: url,
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    REDIS_URL,
    REDIS_PREFIX: prefix,
    SESSION_SECRET: TEST_SESSION_SECRET,
    SEED_DEMO: "0",
  });
  processes.push(process);
  return { process, url };
}

beforeAll(async () => {
  database = await createSharedDatabase();
  // The first node migrates; the others start once the schema is there.
  nodes.a = (await startNode("api")).url;
  db = createDatabase(
    database.dialect === "postgres"
      ? { dialect: "postgres", url: database.url }
      : { dialect: "sqlite", file: database.url },
  );
  shop = await createTestShop({ db, url: nodes.a });
}, 120_000);
afterAll(async () => {
  for (const process of processes) await process.kill("SIGKILL");
  await db?.destroy();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

const teaOrder = () => ({
  tableToken: shop.tableToken,
  lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
});

describe("two API nodes and a worker on one database and Redis", () => {
  it("delivers an order placed on node A to a board on node B, and a board that loses its node misses nothing", async () => {
    const b = await startNode("api");
    nodes.b = b.url;
    await startNode("worker");

    const cookie = await login(nodes.b, shop.owner.email, shop.owner.password);
    let board: MerchantSocket = connectMerchant(nodes.b, cookie);
    await connected(board);
    const seen = new Map<string, Order>();
    const watch = (socket: MerchantSocket) => {
      socket.on("order:created", (order) => seen.set(order.id, order));
      socket.on("order:updated", (order) => seen.set(order.id, order));
    };
    watch(board);
    const created = record<Order>(board, "order:created");

    const first = await placeOrder(nodes.a, teaOrder());
    expect(first.status).toBe(201);
    const arrived = await created.next((o) => o.id === first.body.order.id, 2000);
    expect(arrived.total).toBe(1500);
    const lastSeq = Math.max(...[...seen.values()].map((o) => o.seq));

    // Node B dies; orders keep coming in on node A while the board is away.
    await b.process.kill("SIGKILL");
    await new Promise<void>((resolve) =>
      board.connected ? board.once("disconnect", () => resolve()) : resolve(),
    );
    const missed: string[] = [];
    for (let i = 0; i < 3; i++) missed.push((await placeOrder(nodes.a, teaOrder())).body.order.id);

    // The board reconnects to the surviving node with the same session and catches up by seq.
    board = connectMerchant(nodes.a, cookie);
    watch(board);
    await connected(board);
    const catchUp = await getJson<{ orders: Order[] }>(`${nodes.a}/api/merchant/orders?sinceSeq=${lastSeq}`, {
      Cookie: cookie,
    });
    for (const order of catchUp.body.orders) seen.set(order.id, order);
    const live = record<Order>(board, "order:created");
    const after = await placeOrder(nodes.a, teaOrder());
    await live.next((o) => o.id === after.body.order.id, 2000);

    const placed = await db.selectFrom("orders").select("id").where("shopId", "=", shop.shopId).execute();
    expect(placed.map((o) => o.id).sort()).toEqual([...seen.keys()].sort());
    for (const id of missed) expect(seen.has(id)).toBe(true);
    board.close();
  });

  it("counts failed sign-ins across nodes, so spreading guesses over nodes gains nothing", async () => {
    const c = (await startNode("api")).url;
    const email = `guess-${Date.now()}@example.com`;
    const attempt = (url: string) =>
      postJson(`${url}/api/auth/login`, { email, password: "wrong-password-1" });
    // The limit is 10 failures per address and email; half of them on each node.
    for (let i = 0; i < 5; i++) expect((await attempt(nodes.a)).status).toBe(401);
    for (let i = 0; i < 5; i++) expect((await attempt(c)).status).toBe(401);
    const refused = await attempt(nodes.a);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: { code: "rate_limited" } });
    expect((await attempt(c)).status).toBe(429);
  });

  it("shares one table's cart between phones on different nodes, and its submission reaches both", async () => {
    const c = (await startNode("api")).url;
    const token = shop.tables.find((t) => t.label === "T2")?.token ?? "";
    const [onA, onC] = [connectTable(nodes.a, token), connectTable(c, token)];
    await Promise.all([connected(onA), connected(onC)]);
    const heardOnA = record<TableCart>(onA, "cart:updated");
    const submittedOnA = record<CartSubmitted>(onA, "cart:submitted");
    expect((await addLine(onA, { itemId: shop.item("Tea").id, nickname: "Ana" })).ok).toBe(true);
    const added = await addLine(onC, { itemId: shop.item("Dumplings").id, nickname: "Chen" });
    if (!added.ok) throw new Error(added.error.message);
    // Node C's change reaches the phone on node A through the Redis adapter.
    const seenOnA = await heardOnA.next((cart) => cart.version === added.data.version);
    expect(seenOnA.lines.map((line) => line.addedBy)).toEqual(["Ana", "Chen"]);
    const order = await placeOrder(c, {
      tableToken: token,
      lines: orderLines(added.data),
      sharedCart: { version: added.data.version, nickname: "Chen" },
    });
    expect(order.status).toBe(201);
    expect((await submittedOnA.next()).submission).toMatchObject({
      orderId: order.body.order.id,
      by: "Chen",
    });
    onA.close();
    onC.close();
  });

  it("drops a phone on node C when the table's code is replaced through node A", async () => {
    const c = (await startNode("api")).url;
    const table = shop.tables.find((t) => t.label === "T3");
    if (!table) throw new Error("no table T3");
    const phone = connectTable(c, table.token);
    await connected(phone);
    const dropped = new Promise((resolve) => phone.once("disconnect", resolve));
    const cookie = await login(nodes.a, shop.owner.email, shop.owner.password);
    const rotated = await postJson(`${nodes.a}/api/merchant/tables/${table.id}/token`, undefined, {
      Cookie: cookie,
    });
    expect(rotated.status).toBe(200);
    expect(await dropped).toBe("io server disconnect");
    await expect(connected(connectTable(c, table.token))).rejects.toThrow(/^unauthorized$/);
  });

  it("lets a phone on long-polling share a cart with a WebSocket phone on another node, behind a balancer that pins /socket.io/ by client address", async () => {
    const d = (await startNode("api")).url;
    const proxy = await startStickyProxy([nodes.a, d]);
    const token = shop.tables.find((t) => t.label === "T1")?.token ?? "";
    // Two phones at two addresses, so the balancer's hash sends them to different nodes.
    const phone = (transport: "polling" | "websocket", node: string): DinerSocket => {
      // Node's http.Agent, which the client hands to its HTTP and WebSocket requests; its types know only the browser's.
      const agent = new http.Agent({ keepAlive: true, localAddress: addressReaching(proxy, node) });
      return io(`${proxy.url}${DINER_NAMESPACE}`, {
        transports: [transport],
        auth: { tableToken: token },
        reconnection: false,
        forceNew: true,
        agent: agent as unknown as string,
      });
    };
    const polling = phone("polling", d);
    const websocket = phone("websocket", nodes.a);
    try {
      await Promise.all([connected(polling), connected(websocket)]);
      expect(polling.io.engine.transport.name).toBe("polling");
      expect(websocket.io.engine.transport.name).toBe("websocket");
      const heardOnPolling = record<TableCart>(polling, "cart:updated");
      const heardOnWebsocket = record<TableCart>(websocket, "cart:updated");

      const fromPolling = await addLine(polling, { itemId: shop.item("Tea").id, nickname: "Poll" });
      if (!fromPolling.ok) throw new Error(fromPolling.error.message);
      expect(
        (await heardOnWebsocket.next((cart) => cart.version === fromPolling.data.version)).lines,
      ).toEqual([expect.objectContaining({ addedBy: "Poll" })]);
      const fromWebsocket = await addLine(websocket, { itemId: shop.item("Dumplings").id, nickname: "Sock" });
      if (!fromWebsocket.ok) throw new Error(fromWebsocket.error.message);
      const seen = await heardOnPolling.next((cart) => cart.version === fromWebsocket.data.version);
      expect(seen.lines.map((line) => line.addedBy)).toEqual(["Poll", "Sock"]);
      const synced = await cartCall(polling, "cart:sync");
      expect(synced.ok && synced.data.lines.length).toBe(2);

      // Every request of the polling session reached the node that opened it, and the phones sat on two nodes.
      const requestsFrom = (address: string) =>
        proxy.socketRequests.filter((request) => request.from === address);
      const pollingRequests = requestsFrom(addressReaching(proxy, d));
      expect(pollingRequests.length).toBeGreaterThan(3);
      expect(new Set(pollingRequests.map((request) => request.node))).toEqual(new Set([d]));
      const websocketRequests = requestsFrom(addressReaching(proxy, nodes.a));
      expect(new Set(websocketRequests.map((request) => request.node))).toEqual(new Set([nodes.a]));
    } finally {
      polling.close();
      websocket.close();
      await proxy.close();
    }
  });

  it("shows why polling needs the pinning: spread over nodes in turn, a polling session is lost", async () => {
    const e = (await startNode("api")).url;
    const proxy = await startStickyProxy([nodes.a, e], { sticky: false });
    const token = shop.tables.find((t) => t.label === "T1")?.token ?? "";
    const polling = io(`${proxy.url}${DINER_NAMESPACE}`, {
      transports: ["polling"],
      auth: { tableToken: token },
      reconnection: false,
      forceNew: true,
    });
    try {
      await expect(connected(polling)).rejects.toThrow();
    } finally {
      polling.close();
      await proxy.close();
    }
  });
});
