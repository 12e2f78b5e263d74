import { createECDH, type ECDH, randomBytes } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { PushMessage } from "@tabletap/shared";
import { decrypt } from "http_ece";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, placeOrder, postJson, setStatus } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let cookie: string;
let pushService: Server;
let pushUrl: string;
const received: { path: string; headers: IncomingHttpHeaders; body: Buffer }[] = [];
let answerWith = 201;

beforeAll(async () => {
  // Stands in for a browser vendor's push service: records what it is sent.
  pushService = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
    });
    req.on("end", () => {
      received.push({ path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks) });
      res.writeHead(answerWith).end();
    });
  });
  pushService.listen(0, "127.0.0.1");
  await once(pushService, "listening");
  pushUrl = `http://127.0.0.1:${(pushService.address() as AddressInfo).port}`;
  // A local address, reachable only because the server is told so in code (no setting can do this).
  server = await startTestServer({ pushEndpoints: { trustedOrigins: [pushUrl] } });
  shop = await createTestShop(server);
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(async () => {
  pushService?.close();
  await server?.stop();
});

/** The browser's keys for each endpoint, so a test can open what the push service received, as the browser would. */
const browserKeys = new Map<string, { ecdh: ECDH; auth: string }>();

/** What `PushSubscription.toJSON()` gives in a browser: an endpoint and the browser's ECDH public key. */
function browserSubscription(path: string) {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16).toString("base64url");
  browserKeys.set(path, { ecdh, auth });
  return {
    endpoint: `${pushUrl}${path}`,
    expirationTime: null,
    keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth },
  };
}

/** Decrypts a received push (RFC 8291, aes128gcm) with the keys of the browser it was sent to. */
function openPush(path: string): PushMessage {
  const push = received.find((r) => r.path === path);
  const keys = browserKeys.get(path);
  if (!push || !keys) throw new Error(`nothing received at ${path}`);
  const plain = decrypt(push.body, { version: "aes128gcm", privateKey: keys.ecdh, authSecret: keys.auth });
  return JSON.parse(plain.toString("utf8")) as PushMessage;
}

async function orderWithSubscription(path: string, language?: string) {
  const placed = await placeOrder(server.url, {
    tableToken: shop.tableToken,
    lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
  });
  const { order, orderToken } = placed.body;
  const res = await postJson(
    `${server.url}/api/orders/${order.id}/push-subscriptions`,
    { ...browserSubscription(path), ...(language ? { language } : {}) },
    {
      Authorization: `Bearer ${orderToken}`,
    },
  );
  expect(res.status).toBe(201);
  for (const status of ["accepted", "preparing", "ready"])
    await setStatus(server.url, cookie, order.id, status);
  return order;
}

describe("web push when an order is ready", () => {
  it("pushes once to the subscribed browser, signed with the deployment's VAPID key", async () => {
    const { body } = await getJson<{ publicKey: string }>(`${server.url}/api/push/vapid-public-key`);
    const order = await orderWithSubscription("/push/one");

    await expect.poll(() => received.filter((r) => r.path === "/push/one").length, { timeout: 8000 }).toBe(1);
    const push = received.find((r) => r.path === "/push/one");
    expect(push?.headers.authorization).toMatch(new RegExp(`^vapid t=[^,]+, k=${body.publicKey}$`));
    expect(push?.headers["content-encoding"]).toBe("aes128gcm");
    // What the phone shows: the order's number and a tap that opens its page (English unless asked otherwise).
    expect(openPush("/push/one")).toEqual({
      title: `Order #${order.pickupNumber} is ready`,
      body: "Please collect it at the counter.",
      url: `${server.config.publicUrl}/orders/${order.id}`,
    });

    // BullMQ may run the job again (at-least-once): the browser is not pushed twice.
    const row = await server.db
      .selectFrom("outbox")
      .selectAll()
      .where("payload", "like", `%${order.id}%`)
      .executeTakeFirstOrThrow();
    await expect
      .poll(async () => (await server.queues.notifications.getJob(row.id))?.isCompleted())
      .toBe(true);
    await (await server.queues.notifications.getJob(row.id))?.remove();
    await server.db
      .updateTable("outbox")
      .set({ dispatchedAt: null, completedAt: null })
      .where("id", "=", row.id)
      .execute();
    await server.dispatcher.flush();
    await expect
      .poll(async () => (await server.queues.notifications.getJob(row.id))?.isCompleted())
      .toBe(true);
    expect(received.filter((r) => r.path === "/push/one")).toHaveLength(1);
  });

  it("writes the push in the language the diner's page was in", async () => {
    const order = await orderWithSubscription("/push/zh", "zh-CN");
    await expect.poll(() => received.filter((r) => r.path === "/push/zh").length, { timeout: 8000 }).toBe(1);
    expect(openPush("/push/zh")).toMatchObject({
      title: `${order.pickupNumber} 号订单已备好`,
      body: "请到柜台取餐。",
    });
    const stored = await server.db
      .selectFrom("pushSubscriptions")
      .select("language")
      .where("orderId", "=", order.id)
      .execute();
    expect(stored).toEqual([{ language: "zh-CN" }]);
  });

  it("forgets a subscription the push service says is gone", async () => {
    answerWith = 410;
    const order = await orderWithSubscription("/push/gone");
    await expect
      .poll(
        async () =>
          (
            await server.db
              .selectFrom("pushSubscriptions")
              .select("id")
              .where("orderId", "=", order.id)
              .execute()
          ).length,
        {
          timeout: 8000,
        },
      )
      .toBe(0);
    answerWith = 201;
  });

  it("refuses subscriptions without the order's token or with a malformed body", async () => {
    const placed = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    const url = `${server.url}/api/orders/${placed.body.order.id}/push-subscriptions`;
    expect((await postJson(url, browserSubscription("/x"))).status).toBe(401);
    expect(
      (await postJson(url, browserSubscription("/x"), { Authorization: "Bearer AAAAAAAAAAAAAAAAAAAAAA" }))
        .status,
    ).toBe(404);
    const bad = await postJson(
      url,
      { endpoint: "javascript:alert(1)", keys: { p256dh: "x", auth: "y" } },
      {
        Authorization: `Bearer ${placed.body.orderToken}`,
      },
    );
    expect(bad.status).toBe(400);
    const unknownLanguage = await postJson(
      url,
      { ...browserSubscription("/x"), language: "fr" },
      { Authorization: `Bearer ${placed.body.orderToken}` },
    );
    expect(unknownLanguage.status).toBe(400);
    const rows = await server.db
      .selectFrom("pushSubscriptions")
      .select("id")
      .where("orderId", "=", placed.body.order.id)
      .execute();
    expect(rows).toEqual([]);
  });
});
