import { createECDH, randomBytes } from "node:crypto";
import { lookup } from "node:dns/promises";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, postJson, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

/** An internal service next to the server (Redis, metadata, an admin port): it must never be connected to. */
let internal: Server;
let internalPort: number;
let connections = 0;

let server: TestServer;
let shop: TestShop;
let cookie: string;

// A public address for the names below; nothing ever connects to it (lookups only, or refused first).
const PUBLIC = "8.8.8.8";
const lookups = new Map<string, number>();
/** Names under .push.test answer as a hostile DNS server would; anything else goes to the system resolver. */
async function resolve(hostname: string) {
  const seen = (lookups.get(hostname) ?? 0) + 1;
  lookups.set(hostname, seen);
  if (hostname === "internal.push.test") return [{ address: "10.1.2.3", family: 4 }];
  if (hostname === "mixed.push.test") {
    return [
      { address: PUBLIC, family: 4 },
      { address: "127.0.0.1", family: 4 },
    ];
  }
  // Public while the subscription is checked, loopback by the time the push is sent.
  if (hostname === "rebind.push.test") return [{ address: seen === 1 ? PUBLIC : "127.0.0.1", family: 4 }];
  return lookup(hostname, { all: true });
}

beforeAll(async () => {
  internal = createServer((socket) => {
    connections++;
    socket.destroy();
  });
  internal.listen(0, "127.0.0.1");
  await once(internal, "listening");
  internalPort = (internal.address() as AddressInfo).port;
  // The internal port is allowed as a port, so only the address checks stand between a push and it.
  server = await startTestServer({ pushEndpoints: { resolve, ports: [443, 80, internalPort] } });
  shop = await createTestShop(server);
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(async () => {
  internal?.close();
  await server?.stop();
});

function browserKeys() {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return { p256dh: ecdh.getPublicKey().toString("base64url"), auth: randomBytes(16).toString("base64url") };
}

async function newOrder(target: TestServer = server, table: TestShop = shop) {
  const placed = await placeOrder(target.url, {
    tableToken: table.tableToken,
    lines: [{ itemId: table.item("Tea").id, quantity: 1 }],
  });
  return placed.body;
}

const subscribe = (
  target: TestServer,
  order: { order: { id: string }; orderToken: string },
  endpoint: string,
) =>
  postJson<{ error: { code: string; message: string } }>(
    `${target.url}/api/orders/${order.order.id}/push-subscriptions`,
    { endpoint, keys: browserKeys() },
    { Authorization: `Bearer ${order.orderToken}` },
  );

const subscriptionsOf = (target: TestServer, orderId: string) =>
  target.db.selectFrom("pushSubscriptions").select("endpoint").where("orderId", "=", orderId).execute();

async function markReady(orderId: string) {
  for (const status of ["accepted", "preparing", "ready"])
    await setStatus(server.url, cookie, orderId, status);
}

/** The order's ready-notification job, once it has tried (and failed) to push. */
async function failedPush(orderId: string) {
  const row = await server.db
    .selectFrom("outbox")
    .select("id")
    .where("payload", "like", `%${orderId}%`)
    .executeTakeFirstOrThrow();
  await expect
    .poll(async () => (await server.queues.notifications.getJob(row.id))?.attemptsMade ?? 0, {
      timeout: 10_000,
    })
    .toBeGreaterThanOrEqual(1);
  return (await server.queues.notifications.getJob(row.id))?.failedReason ?? "";
}

describe("Web Push endpoints that point inside the network", () => {
  const internalEndpoints = () => [
    `http://127.0.0.1:${internalPort}/push`,
    `http://[::1]:${internalPort}/push`,
    "http://10.0.0.5/push",
    "http://172.16.0.1/push",
    "http://192.168.1.1/push",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/push",
    "http://224.0.0.1/push",
    "http://0.0.0.0/push",
    "http://192.0.2.1/push",
    `http://[::ffff:127.0.0.1]:${internalPort}/push`,
    "http://[fd00::1]/push",
    "http://[fe80::1]/push",
    `http://0x7f.1:${internalPort}/push`,
    `http://2130706433:${internalPort}/push`,
    `http://localhost:${internalPort}/push`,
    "http://internal.push.test/push",
    "http://mixed.push.test/push",
  ];

  it("refuses each at sign-up with 400 and stores nothing", async () => {
    const order = await newOrder();
    for (const endpoint of internalEndpoints()) {
      const res = await subscribe(server, order, endpoint);
      expect(res.status, endpoint).toBe(400);
      expect(res.body.error.code, endpoint).toBe("validation_failed");
      expect(res.body.error.message, endpoint).toMatch(/public push service/);
    }
    expect(await subscriptionsOf(server, order.order.id)).toEqual([]);
    expect(connections).toBe(0);
  });

  it("refuses other ports, credentials and unknown hosts", async () => {
    const order = await newOrder();
    const refusals: [string, RegExp][] = [
      ["https://fcm.googleapis.com:8443/push", /port 443 or 80/],
      ["http://127.0.0.1:6379/", /port 443 or 80/],
      ["https://user:secret@fcm.googleapis.com/push", /credentials/],
      ["https://no-such-host.invalid/push", /cannot be found/],
    ];
    for (const [endpoint, message] of refusals) {
      const res = await subscribe(server, order, endpoint);
      expect(res.status, endpoint).toBe(400);
      expect(res.body.error.message, endpoint).toMatch(message);
    }
    expect(await subscriptionsOf(server, order.order.id)).toEqual([]);
  });

  it("never connects to a name that resolves to loopback by the time the push is sent", async () => {
    const order = await newOrder();
    const endpoint = `http://rebind.push.test:${internalPort}/push`;
    expect((await subscribe(server, order, endpoint)).status).toBe(201);
    await markReady(order.order.id);
    expect(await failedPush(order.order.id)).toMatch(
      /push request failed: push endpoint rebind.push.test has no public address/,
    );
    expect(lookups.get("rebind.push.test")).toBeGreaterThanOrEqual(2);
    expect(connections).toBe(0);
  });

  it("never connects to an internal address already stored, written before these checks", async () => {
    const order = await newOrder();
    const keys = browserKeys();
    await server.db
      .insertInto("pushSubscriptions")
      .values({
        id: crypto.randomUUID(),
        orderId: order.order.id,
        endpoint: `http://127.0.0.1:${internalPort}/old`,
        p256dh: keys.p256dh,
        auth: keys.auth,
        language: "en",
        createdAt: Date.now(),
      })
      .execute();
    await markReady(order.order.id);
    expect(await failedPush(order.order.id)).toMatch(
      /push request failed: push endpoint 127.0.0.1 is not a public address/,
    );
    expect(connections).toBe(0);
  });
});

describe("Web Push endpoints in production (https PUBLIC_URL)", () => {
  it("accepts only https on port 443", async () => {
    const production = await startTestServer({ env: { PUBLIC_URL: "https://order.example.com" } });
    try {
      const table = await createTestShop(production);
      const order = await newOrder(production, table);
      for (const endpoint of ["http://fcm.googleapis.com/push", "https://fcm.googleapis.com:80/push"]) {
        const res = await subscribe(production, order, endpoint);
        expect(res.status, endpoint).toBe(400);
        expect(res.body.error.message, endpoint).toMatch(/https|port 443/);
      }
      const loopback = await subscribe(production, order, "https://127.0.0.1/push");
      expect(loopback.status).toBe(400);
      expect(await subscriptionsOf(production, order.order.id)).toEqual([]);
    } finally {
      await production.stop();
    }
  });
});
