import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, type PlacedOrder, placeOrder, postJson } from "../support/api.js";
import {
  always,
  type ContractReplay,
  consoleSide,
  replayThroughProxy,
  rolesWithout,
  sameOriginOnly,
  withKey,
} from "../support/contract-replay.js";
import { FakePrinter } from "../support/fake-printer.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { signedInStaff } from "../support/staff.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

/**
 * Staff traffic (sign-in, the team, the console) replayed through Stoplight Prism in front of a real
 * server: every answer must be documented, status and body. tests/integration/contract-diner replays the
 * diner side and checks the document itself.
 */
let server: TestServer;
let replay: ContractReplay;
let shop: TestShop;
let otherShop: TestShop;
let owner: string;
let staff: string;

beforeAll(async () => {
  // One password check at a time and none waiting, so a burst of sign-ins meets 503.
  server = await startTestServer({ env: { PASSWORD_HASH_QUEUE: "0" } });
  shop = await createTestShop(server);
  otherShop = await createTestShop(server);
  owner = await login(server.url, shop.owner.email, shop.owner.password);
  staff = (await signedInStaff(server, shop.shopId, "staff")).cookie;
  replay = await replayThroughProxy(server.url);
});
afterAll(async () => {
  await replay?.stop();
  await server?.stop();
});

const at = <T = unknown>(...call: Parameters<ContractReplay["expectStatus"]>) =>
  replay.expectStatus<T>(...call);

describe("staff traffic through a validating proxy (Prism, --errors)", () => {
  // Each sign-in check is a deliberately slow argon2 hash, one at a time here.
  it("sign-in, password, invitations and the team", { timeout: 120_000 }, async () => {
    const signIn = (email: string, password: string) => ({ body: { email, password } });
    await at(200, "POST", "/api/auth/login", signIn(shop.owner.email, shop.owner.password));
    await at(400, "POST", "/api/auth/login", signIn("not an email", "x"));
    for (let i = 0; i < 10; i += 1)
      await at(401, "POST", "/api/auth/login", signIn("nobody@mail.test", "guess"));
    await at(429, "POST", "/api/auth/login", signIn("nobody@mail.test", "guess"));
    // One password check at a time and none waiting: sign-ins sent together are turned away.
    const burst = await Promise.all(
      [1, 2, 3].map(() => replay.send("POST", "/api/auth/login", signIn("someone@mail.test", "guess"))),
    );
    expect(burst.map((answer) => answer.status).sort()).toContain(503);

    await at(200, "GET", "/api/auth/session", { cookie: owner });
    const leaving = await login(server.url, shop.owner.email, shop.owner.password);
    await at(204, "POST", "/api/auth/logout", { cookie: leaving });
    await at(401, "GET", "/api/auth/session", { cookie: leaving });

    const member = await signedInStaff(server, shop.shopId, "staff");
    const change = (currentPassword: string, newPassword: string) => ({
      cookie: member.cookie,
      body: { currentPassword, newPassword },
    });
    await at(400, "POST", "/api/auth/password", change("a long enough password", "short"));
    await at(401, "POST", "/api/auth/password", change("not it at all", "an even longer password"));
    const changed = await at(
      204,
      "POST",
      "/api/auth/password",
      change("a long enough password", "an even longer password"),
    );
    const memberCookie =
      changed.headers
        .getSetCookie()
        .find((c) => c.startsWith("tt.sid="))
        ?.split(";")[0] ?? "";

    const invite = (email: string) => ({ cookie: owner, body: { email, role: "staff" } });
    const tokenOf = (answer: { body: { inviteUrl: string } }) => answer.body.inviteUrl.split("#")[1];
    const fresh = await at<{ inviteUrl: string }>(
      201,
      "POST",
      "/api/merchant/staff/invitations",
      invite("new@mail.test"),
    );
    await at(409, "POST", "/api/merchant/staff/invitations", invite(shop.owner.email));
    const elsewhere = await at<{ inviteUrl: string; invitation: { id: string } }>(
      201,
      "POST",
      "/api/merchant/staff/invitations",
      invite(otherShop.owner.email),
    );
    await at(200, "POST", "/api/auth/invitations/lookup", { body: { token: tokenOf(fresh) } });
    await at(400, "POST", "/api/auth/invitations/lookup", { body: {} });
    const password = "a brand new password";
    await at(201, "POST", "/api/auth/invitations/accept", { body: { token: tokenOf(fresh), password } });
    await at(410, "POST", "/api/auth/invitations/lookup", { body: { token: tokenOf(fresh) } });
    await at(410, "POST", "/api/auth/invitations/accept", { body: { token: tokenOf(fresh), password } });
    await at(409, "POST", "/api/auth/invitations/accept", { body: { token: tokenOf(elsewhere), password } });

    await at(200, "GET", "/api/merchant/staff", { cookie: owner });
    const withdraw = `/api/merchant/staff/invitations/${elsewhere.body.invitation.id}`;
    await at(204, "DELETE", withdraw, { cookie: owner });
    await at(404, "DELETE", withdraw, { cookie: owner });
    await at(204, "PATCH", `/api/merchant/staff/${member.staffId}`, {
      cookie: owner,
      body: { role: "manager" },
    });
    await at(200, "GET", "/api/merchant/tables", { cookie: memberCookie });
    await at(204, "DELETE", `/api/merchant/staff/${member.staffId}`, { cookie: owner });
    await at(404, "DELETE", `/api/merchant/staff/${member.staffId}`, { cookie: owner });
    const ownerId = (
      await server.db
        .selectFrom("staff")
        .select("id")
        .where("email", "=", shop.owner.email)
        .executeTakeFirstOrThrow()
    ).id;
    await at(409, "PATCH", `/api/merchant/staff/${ownerId}`, { cookie: owner, body: { role: "manager" } });
  });

  it("the console: menu, tables, orders, settings and reports", async () => {
    const menu = "/api/merchant/menu";
    const cookie = owner;
    await at(200, "GET", menu, { cookie });
    const category = await at<{ id: string }>(201, "POST", `${menu}/categories`, {
      cookie,
      body: { name: "Soup" },
    });
    const categoryPath = `${menu}/categories/${category.body.id}`;
    const dish = { categoryId: category.body.id, name: "Miso", price: 900 };
    await at(404, "POST", `${menu}/items`, { cookie, body: { ...dish, categoryId: randomUUID() } });
    const item = await at<{ id: string }>(201, "POST", `${menu}/items`, { cookie, body: dish });
    const itemPath = `${menu}/items/${item.body.id}`;
    await at(204, "PATCH", itemPath, { cookie, body: { price: 950 } });
    await at(400, "PATCH", itemPath, { cookie, body: {} });
    const hours = [{ days: [1, 2, 3, 4, 5], from: "11:00", until: "14:00" }];
    await at(204, "PATCH", itemPath, { cookie, body: { allergens: ["soybeans"], diet: ["vegan"], hours } });
    const english = { translations: { en: { name: "Miso soup", description: "With tofu" } } };
    await at(204, "PUT", `${menu}/translations/${item.body.id}`, { cookie, body: english });
    await at(404, "PUT", `${menu}/translations/${randomUUID()}`, { cookie, body: english });
    await at(200, "GET", `${menu}/preview?at=2026-12-02T12:00&lang=en`, { cookie });
    await at(400, "GET", `${menu}/preview?at=noon`, { cookie });
    await at(204, "POST", `${itemPath}/sold-out`, { cookie, body: { soldOut: true } });
    const group = await at<{ id: string }>(201, "POST", `${itemPath}/option-groups`, {
      cookie,
      body: { name: "Size", minChoices: 1, maxChoices: 1 },
    });
    const groupPath = `${menu}/option-groups/${group.body.id}`;
    await at(204, "PATCH", groupPath, { cookie, body: { name: "Bowl" } });
    await at(422, "POST", `${groupPath}/options`, { cookie, body: { name: "Free", priceDelta: -1000 } });
    const option = await at<{ id: string }>(201, "POST", `${groupPath}/options`, {
      cookie,
      body: { name: "Big" },
    });
    await at(204, "PATCH", `${menu}/options/${option.body.id}`, { cookie, body: { priceDelta: 100 } });
    await at(204, "DELETE", `${menu}/options/${option.body.id}`, { cookie });
    await at(204, "DELETE", groupPath, { cookie });
    await at(409, "DELETE", categoryPath, { cookie });

    const notAnImage = { cookie, body: "just words", headers: { "Content-Type": "text/plain" } };
    await at(415, "PUT", `${itemPath}/photo`, notAnImage);
    await at(204, "DELETE", `${itemPath}/photo`, { cookie });
    await at(204, "DELETE", itemPath, { cookie });
    await at(204, "PATCH", categoryPath, { cookie, body: { hidden: true } });
    await at(204, "DELETE", categoryPath, { cookie });

    const tables = "/api/merchant/tables";
    await at(200, "GET", tables, { cookie });
    const patio = await at<{ table: { id: string } }>(201, "POST", tables, {
      cookie,
      body: { label: "Patio" },
    });
    await at(409, "POST", tables, { cookie, body: { label: "Patio" } });
    const patioPath = `${tables}/${patio.body.table.id}`;
    await at(200, "PATCH", patioPath, { cookie, body: { label: "Terrace" } });
    await at(200, "POST", `${patioPath}/token`, { cookie });
    await at(201, "POST", `${patioPath}/sitting`, { cookie });
    await at(200, "POST", `${patioPath}/sitting`, { cookie });
    await at(200, "DELETE", `${patioPath}/sitting`, { cookie });
    const counterId = shop.tables.find((t) => t.kind === "counter")?.id;
    await at(409, "POST", `${tables}/${counterId}/sitting`, { cookie });
    await at(200, "GET", `${patioPath}/qr.png`, { cookie });
    await at(200, "GET", `${patioPath}/qr.svg?download`, { cookie });

    // Counter-paid orders from a table nobody opened wait for staff's approval.
    await at(200, "PATCH", `${tables}/settings`, { cookie, body: { sittingsEnabled: true } });
    const t3 = shop.tables[2];
    const lines = [{ itemId: shop.item("Dumplings").id, quantity: 2 }];
    const waiting = await at<PlacedOrder>(
      201,
      "POST",
      "/api/orders",
      withKey({ tableToken: t3?.token, lines }),
    );
    const waitingPath = `/api/merchant/orders/${waiting.body.order.id}`;
    await at(409, "POST", `${waitingPath}/status`, { cookie, body: { status: "accepted" } });
    await at(200, "POST", `${waitingPath}/approve`, { cookie });
    await at(409, "POST", `${waitingPath}/approve`, { cookie });
    await at(200, "POST", `${waitingPath}/status`, { cookie, body: { status: "accepted" } });
    await at(400, "POST", `${waitingPath}/status`, { cookie, body: { status: "eaten" } });
    await at(200, "PATCH", `${tables}/settings`, { cookie, body: { sittingsEnabled: false } });

    await at(200, "GET", "/api/merchant/orders", { cookie });
    await at(200, "GET", "/api/merchant/orders?sinceSeq=0", { cookie });
    await at(400, "GET", "/api/merchant/orders?sinceSeq=-1", { cookie });
    const taken = { tableId: shop.tables[0]?.id, lines };
    await at(400, "POST", "/api/merchant/orders", { cookie, body: taken });
    const staffOrder = await at<{ order: { id: string } }>(201, "POST", "/api/merchant/orders", {
      cookie,
      ...withKey(taken),
    });
    const staffOrderPath = `/api/merchant/orders/${staffOrder.body.order.id}`;
    await at(200, "GET", `${staffOrderPath}/history`, { cookie });
    await at(422, "POST", `${staffOrderPath}/paid`, { cookie, body: { tender: "cash", tip: 1_000_000 } });
    await at(200, "POST", `${staffOrderPath}/paid`, { cookie, body: { tender: "cash", tip: 100 } });
    await at(409, "POST", `${staffOrderPath}/paid`, { cookie, body: { tender: "card" } });
    await at(403, "POST", `${staffOrderPath}/status`, { cookie: staff, body: { status: "cancelled" } });

    await at(200, "GET", "/api/merchant/board/settings", { cookie });
    await at(200, "PATCH", "/api/merchant/board/settings", { cookie, body: { escalateAfterMinutes: 7 } });
    await at(400, "PATCH", "/api/merchant/board/settings", { cookie, body: { escalateAfterMinutes: -1 } });
    const shopSettings = "/api/merchant/shop/settings";
    await at(200, "GET", shopSettings, { cookie });
    await at(200, "PATCH", shopSettings, { cookie, body: { timezone: "Asia/Shanghai" } });
    await at(422, "PATCH", shopSettings, { cookie, body: { paymentProvider: "stripe" } });
    await at(409, "PATCH", shopSettings, { cookie, body: { currency: "JPY" } });
    await at(400, "PATCH", shopSettings, { cookie, body: {} });

    const range = "from=2026-01-01&to=2026-01-31";
    await at(200, "GET", `/api/merchant/reports/sales?${range}`, { cookie });
    await at(400, "GET", "/api/merchant/reports/sales?from=2026-02-30&to=2026-03-01", { cookie });
    await at(200, "GET", `/api/merchant/reports/sales.csv?${range}&breakdown=items`, { cookie });
    await at(200, "GET", `/api/merchant/reports/daily-summaries?${range}`, { cookie });
    await at(200, "GET", "/api/merchant/reports/settings", { cookie });
    await at(200, "PATCH", "/api/merchant/reports/settings", { cookie, body: { closingTime: "23:30" } });
    await at(400, "PATCH", "/api/merchant/reports/settings", { cookie, body: { closingTime: "25:00" } });
    await at(200, "GET", "/api/merchant/ratings", { cookie });

    const calls = "/api/merchant/service-requests";
    const tableCall = await postJson<{ id: string }>(
      `${server.url}/api/tables/${shop.tableToken}/service-requests`,
      { kind: "water" },
    );
    const callId = tableCall.body.id;
    await at(200, "GET", calls, { cookie: staff });
    await at(200, "POST", `${calls}/${callId}/acknowledge`, { cookie: staff });
    await at(404, "POST", `${calls}/${randomUUID()}/acknowledge`, { cookie: staff });
    await at(200, "GET", `${calls}/settings`, { cookie });
    const callSettings = { kinds: [{ id: "water", name: "Water" }], escalateAfterMinutes: 0 };
    await at(200, "PUT", `${calls}/settings`, { cookie, body: callSettings });
    await at(400, "PUT", `${calls}/settings`, { cookie, body: { ...callSettings, kinds: [] } });

    const coupons = "/api/merchant/coupons";
    const code = { code: "SAVE10", kind: "percent", value: 10 };
    await at(201, "POST", coupons, { cookie, body: code });
    await at(409, "POST", coupons, { cookie, body: code });
    await at(400, "POST", coupons, { cookie, body: { ...code, code: "BIG", value: 101 } });
    const big = await at<{ coupon: { id: string } }>(201, "POST", coupons, {
      cookie,
      body: { code: "BIGSPEND", kind: "fixed", value: 100, minSpend: 1_000_000 },
    });
    await at(200, "GET", coupons, { cookie });
    await at(200, "PATCH", `${coupons}/${big.body.coupon.id}`, { cookie, body: { value: 200 } });
    await at(404, "PATCH", `${coupons}/${randomUUID()}`, { cookie, body: { paused: true } });
  });

  it("the kitchen: stations, printers, tickets and station bumps", async () => {
    const cookie = owner;
    const printer = await FakePrinter.start();
    try {
      const stations = "/api/merchant/stations";
      await at(400, "POST", stations, { cookie, body: { name: "" } });
      const food = await at<{ id: string }>(201, "POST", stations, { cookie, body: { name: "Kitchen" } });
      const bar = await at<{ id: string }>(201, "POST", stations, { cookie, body: { name: "Bar" } });
      await at(200, "GET", stations, { cookie: staff });
      await at(200, "PATCH", `${stations}/${bar.body.id}`, { cookie, body: { name: "Drinks" } });
      await at(404, "PATCH", `${stations}/${randomUUID()}`, { cookie, body: { name: "Nowhere" } });
      const latte = shop.item("Latte").id;
      await at(200, "PUT", `${stations}/${bar.body.id}/items`, { cookie, body: { itemIds: [latte] } });
      await at(422, "PUT", `${stations}/${bar.body.id}/items`, { cookie, body: { itemIds: [randomUUID()] } });
      await at(409, "DELETE", `${stations}/${food.body.id}`, { cookie });
      const spare = await at<{ id: string }>(201, "POST", stations, { cookie, body: { name: "Spare" } });
      await at(200, "DELETE", `${stations}/${spare.body.id}`, { cookie });

      const printers = "/api/merchant/printers";
      const target = { stationId: bar.body.id, name: "Bar printer", host: "127.0.0.1", port: printer.port };
      await at(400, "POST", printers, { cookie, body: { ...target, host: "not a host" } });
      const created = await at<{ id: string }>(201, "POST", printers, { cookie, body: target });
      await at(200, "PATCH", `${printers}/${created.body.id}`, { cookie, body: { encoding: "cp858" } });
      await at(404, "PATCH", `${printers}/${randomUUID()}`, { cookie, body: { enabled: false } });
      await at(200, "GET", printers, { cookie: staff });

      const lines = [
        { itemId: latte, quantity: 1, optionIds: [shop.option("Latte", "Regular")] },
        { itemId: shop.item("Dumplings").id, quantity: 1 },
      ];
      const placed = await at<PlacedOrder>(
        201,
        "POST",
        "/api/orders",
        withKey({ tableToken: shop.tableToken, lines }),
      );
      const orderPath = `/api/merchant/orders/${placed.body.order.id}`;
      await at(409, "POST", `${orderPath}/stations/${bar.body.id}/done`, { cookie: staff });
      await at(200, "POST", `${orderPath}/status`, { cookie, body: { status: "accepted" } });
      await at(200, "POST", `${orderPath}/stations/${bar.body.id}/done`, { cookie: staff });
      await at(200, "GET", `/api/merchant/orders?station=${bar.body.id}`, { cookie: staff });

      await expect.poll(() => printer.tickets.length, { timeout: 15_000 }).toBe(1);
      const ticket = await server.db
        .selectFrom("printTickets")
        .select("id")
        .where("orderId", "=", placed.body.order.id)
        .executeTakeFirstOrThrow();
      await at(200, "GET", "/api/merchant/print-tickets", { cookie: staff });
      await at(201, "POST", `/api/merchant/print-tickets/${ticket.id}/reprint`, { cookie: staff });
      await at(404, "POST", `/api/merchant/print-tickets/${randomUUID()}/reprint`, { cookie: staff });
      await expect.poll(() => printer.tickets.length, { timeout: 15_000 }).toBe(2);
    } finally {
      await printer.stop();
    }
  });

  it("every staff operation: a stale session 401, a foreign page 403, a role without the permission 403", async () => {
    for (const { method, path, operation } of replay.operations.filter((op) => consoleSide(op.path))) {
      const url = path.replace(/\{[^}]+\}/g, randomUUID());
      const body = method === "GET" || method === "DELETE" ? undefined : {};
      if (always(operation, "staffSession")) {
        await at(401, method, url, { cookie: "tt.sid=s%3Astale.signature", body });
        // The weakest role: refused exactly where the permission leaves staff out; any answer must be documented.
        const answer = await replay.send(method, url, { cookie: staff, body });
        expect(answer.status === 403, `${method} ${path}`).toBe(rolesWithout(operation).includes("staff"));
      }
      if (sameOriginOnly(method, path)) {
        await at(403, method, url, { cookie: owner, body, headers: { Origin: "https://elsewhere.example" } });
      }
    }
  });

  it("a table's bill: read it, take a counter part, close it by hand", async () => {
    const split = await createTestShop(server);
    const cookie = await login(server.url, split.owner.email, split.owner.password);
    const floor = (await signedInStaff(server, split.shopId, "staff")).cookie;
    const table = split.tables[0];
    await placeOrder(server.url, {
      tableToken: table?.token,
      lines: [{ itemId: split.item("Tea").id, quantity: 2 }],
    });
    const tab = `/api/merchant/tables/${table?.id}/tab`;
    await at(200, "GET", `${tab}/bill`, { cookie });
    await at(404, "GET", `/api/merchant/tables/${randomUUID()}/tab/bill`, { cookie });
    await at(201, "POST", `${tab}/parts`, {
      cookie: floor,
      body: { kind: "custom", amount: 1000, tender: "cash" },
    });
    await at(409, "POST", `${tab}/parts`, { cookie, body: { kind: "custom", amount: 9000, tender: "card" } });
    await at(400, "POST", `${tab}/parts`, {
      cookie,
      body: { kind: "custom", amount: 100, tender: "cheque" },
    });
    await at(403, "POST", `${tab}/close`, { cookie: floor, body: { reason: "Regulars" } });
    await at(400, "POST", `${tab}/close`, { cookie, body: {} });
    await at(200, "POST", `${tab}/close`, { cookie, body: { reason: "Regulars" } });
    await at(409, "POST", `${tab}/close`, { cookie, body: { reason: "Regulars" } });
    await at(200, "GET", "/api/merchant/tabs", { cookie: floor });
  });

  it("each staff-side operation was seen answering a success and a refusal, all as documented", () => {
    replay.expectEachSeen(consoleSide, ["PUT /api/merchant/menu/items/{id}/photo"]);
  });
});
