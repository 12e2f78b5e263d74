import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { rowSnapshot } from "../support/row-snapshot.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

/**
 * Hostile input over every public HTTP endpoint: each row is one request that must be refused with a 4xx
 * in the documented error shape, with no row of any table changed. A new endpoint adds its rows here;
 * Socket.IO handshakes and events are in hostile-sockets.test.ts.
 */

let server: TestServer;
let shop: TestShop;
let other: TestShop;

/** Everything the rows refer to, made once in beforeAll. */
interface Fixture {
  cookie: string;
  order: { id: string; token: string };
  theirOrder: { id: string; token: string };
  theirStaffId: string;
  theirTableId: string;
  theirCategoryId: string;
  theirItemId: string;
  theirGroupId: string;
  theirOptionId: string;
  rotatedToken: string;
  expiredInvitation: string;
}
let f: Fixture;

interface Req {
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: string;
  body?: unknown;
  /** Sent as is (not JSON-encoded). */
  raw?: string;
  headers?: Record<string, string>;
  /** Sign in as the shop's owner (the default for /api/merchant). */
  staff?: boolean;
  /** Authorization: Bearer <token> (the diner's order token). */
  bearer?: string;
}
interface Row {
  name: string;
  status: number;
  code: string;
  req: (f: Fixture) => Req;
}

/** One line per case: `row("what", "404 not_found", (f) => post(path, body))`. */
const row = (name: string, expected: `${number} ${string}`, req: (f: Fixture) => Req): Row => {
  const [status, code] = expected.split(" ");
  return { name, status: Number(status), code: code ?? "", req };
};
const post = (path: string, body?: unknown, extra: Partial<Req> = {}): Req => ({
  method: "POST",
  path,
  body,
  ...extra,
});
const patch = (path: string, body: unknown, extra: Partial<Req> = {}): Req => ({
  method: "PATCH",
  path,
  body,
  ...extra,
});
const get = (path: string, extra: Partial<Req> = {}): Req => ({ method: "GET", path, ...extra });
const del = (path: string, extra: Partial<Req> = {}): Req => ({ method: "DELETE", path, ...extra });

const tea = () => [{ itemId: shop.item("Tea").id, quantity: 1 }];
const order = (extra: Record<string, unknown> = {}) => ({
  tableToken: shop.tableToken,
  lines: tea(),
  ...extra,
});
const line = (extra: Record<string, unknown>) => ({
  tableToken: shop.tableToken,
  lines: [{ itemId: shop.item("Tea").id, quantity: 1, ...extra }],
});
const M = "/api/merchant";

const rows: Row[] = [
  // --- POST /api/orders (the diner's order; more in bad-input.test.ts and the fuzzer)
  row("order: body is null", "400 invalid_json", () => post("/api/orders", null)),
  row("order: body is a string", "400 invalid_json", () => post("/api/orders", "just text")),
  row("order: lines is an object", "400 validation_failed", () =>
    post("/api/orders", order({ lines: { 0: 1 } })),
  ),
  row("order: quantity 2^53", "400 validation_failed", () =>
    post("/api/orders", line({ quantity: 2 ** 53 })),
  ),
  row("order: quantity 1e400 (Infinity)", "400 validation_failed", () =>
    post("/api/orders", undefined, {
      raw: `{"tableToken":"${shop.tableToken}","lines":[{"itemId":"${shop.item("Tea").id}","quantity":1e400}]}`,
    }),
  ),
  row("order: quantity -0.5", "400 validation_failed", () => post("/api/orders", line({ quantity: -0.5 }))),
  row("order: quantity 100", "400 validation_failed", () => post("/api/orders", line({ quantity: 100 }))),
  row("order: 51 lines", "400 validation_failed", () =>
    post("/api/orders", order({ lines: Array.from({ length: 51 }, () => tea()[0]) })),
  ),
  row("order: total sent by the client", "400 validation_failed", () =>
    post("/api/orders", order({ total: 1 })),
  ),
  row("order: status sent by the client", "400 validation_failed", () =>
    post("/api/orders", order({ status: "ready" })),
  ),
  row("order: __proto__ field", "400 validation_failed", () =>
    post("/api/orders", undefined, {
      raw: `{"tableToken":"${shop.tableToken}","lines":[],"__proto__":{"admin":true}}`,
    }),
  ),
  row("order: NUL in a note", "400 validation_failed", () =>
    post("/api/orders", order({ note: "a\u0000b" })),
  ),
  row("order: lone surrogate in a note", "400 validation_failed", () =>
    post("/api/orders", order({ note: "tea \ud800" })),
  ),
  row("order: right-to-left override in a note", "400 validation_failed", () =>
    post("/api/orders", line({ note: "no \u202eseiruo" })),
  ),
  row("order: line separator in the shared cart's nickname", "400 validation_failed", () =>
    post("/api/orders", order({ sharedCart: { version: 0, nickname: "An\u2028a" } })),
  ),
  row("order: newline in the shared cart's nickname", "400 validation_failed", () =>
    post("/api/orders", order({ sharedCart: { version: 0, nickname: "An\na" } })),
  ),
  row("order: zero-width space in a table token", "400 validation_failed", () =>
    post("/api/orders", order({ tableToken: `${shop.tableToken}\u200b` })),
  ),
  row("order: another shop's table with this shop's item", "422 unknown_item", () =>
    post("/api/orders", order({ tableToken: other.tableToken })),
  ),
  row("order: a rotated table code", "404 table_code_replaced", (f) =>
    post("/api/orders", order({ tableToken: f.rotatedToken })),
  ),
  row("order: 64 kB body", "413 payload_too_large", () =>
    post("/api/orders", order({ note: "é".repeat(32_000) })),
  ),
  row("order: deeply nested JSON", "400 validation_failed", () =>
    post("/api/orders", undefined, { raw: `${"[".repeat(5000)}${"]".repeat(5000)}` }),
  ),
  row("order: text/plain body", "415 unsupported_media_type", () =>
    post("/api/orders", undefined, { raw: "{}", headers: { "Content-Type": "text/plain" } }),
  ),
  row("order: UTF-8 bytes labelled UTF-16", "400 invalid_json", () =>
    post("/api/orders", order(), { headers: { "Content-Type": "application/json; charset=utf-16" } }),
  ),
  // --- the diner's order page, checkout and push (order token)
  row("read order: no token", "401 unauthorized", (f) => get(`/api/orders/${f.order.id}`)),
  row("read order: another order's token", "404 not_found", (f) =>
    get(`/api/orders/${f.order.id}`, { bearer: f.theirOrder.token }),
  ),
  row("read order: token with NUL", "404 not_found", (f) =>
    get(`/api/orders/${f.order.id}`, { bearer: `${f.order.token.slice(0, 10)}%00` }),
  ),
  row("checkout: another order's token", "404 not_found", (f) =>
    post(`/api/orders/${f.order.id}/checkout`, undefined, { bearer: f.theirOrder.token }),
  ),
  row("checkout: a pay-at-counter order", "409 payment_not_needed", (f) =>
    post(`/api/orders/${f.order.id}/checkout`, undefined, { bearer: f.order.token }),
  ),
  row("push: endpoint is not a URL", "400 validation_failed", (f) =>
    post(
      `/api/orders/${f.order.id}/push-subscriptions`,
      { endpoint: "javascript:alert(1)", keys: { p256dh: "abc", auth: "abc" } },
      { bearer: f.order.token },
    ),
  ),
  row("push: unknown field", "400 validation_failed", (f) =>
    post(
      `/api/orders/${f.order.id}/push-subscriptions`,
      { endpoint: "https://push.example/x", keys: { p256dh: "abc", auth: "abc" }, admin: true },
      { bearer: f.order.token },
    ),
  ),
  row("push: another order's token", "404 not_found", (f) =>
    post(
      `/api/orders/${f.order.id}/push-subscriptions`,
      { endpoint: "https://push.example/x", keys: { p256dh: "abc", auth: "abc" } },
      { bearer: f.theirOrder.token },
    ),
  ),
  row("menu: unknown table code", "404 table_not_found", () => get(`/api/tables/${"B".repeat(22)}`)),
  row("menu: rotated table code", "404 table_code_replaced", (f) => get(`/api/tables/${f.rotatedToken}`)),
  // --- payment webhooks (signed by the provider)
  row("webhook: no signature", "400 invalid_signature", () =>
    post("/api/webhooks/sandbox", { id: "evt_x", type: "payment.succeeded", data: {} }),
  ),
  row("webhook: forged signature", "400 invalid_signature", () =>
    post(
      "/api/webhooks/sandbox",
      { id: "evt_x" },
      { headers: { "Sandbox-Signature": `t=${Date.now()},v1=${"0".repeat(64)}` } },
    ),
  ),
  row("webhook: unknown provider", "404 not_found", () => post("/api/webhooks/paypal", {})),
  // --- sign-in (cross-site and shape)
  row("login: email is a number", "400 validation_failed", () =>
    post("/api/auth/login", { email: 1, password: "x" }),
  ),
  row("login: unknown field", "400 validation_failed", () =>
    post("/api/auth/login", { email: shop.owner.email, password: shop.owner.password, role: "owner" }),
  ),
  row("login: from a foreign origin", "403 forbidden", () =>
    post("/api/auth/login", shop.owner, { headers: { Origin: "https://evil.example" } }),
  ),
  row("login: wrong password", "401 unauthorized", () =>
    post("/api/auth/login", { email: shop.owner.email, password: "wrong password" }),
  ),
  row("invitation: unknown token", "410 invitation_invalid", () =>
    post("/api/auth/invitations/lookup", { token: "x".repeat(43) }),
  ),
  row("invitation: expired token", "410 invitation_invalid", (f) =>
    post("/api/auth/invitations/accept", { token: f.expiredInvitation, password: "a long new password" }),
  ),
  row("password: too short", "400 validation_failed", () =>
    post(
      "/api/auth/password",
      { currentPassword: shop.owner.password, newPassword: "short" },
      { staff: true },
    ),
  ),
  // --- staff: no session, forged session, cross-site
  row("staff: no session", "401 unauthorized", () => get(`${M}/orders`, { staff: false })),
  row("staff: forged session cookie", "401 unauthorized", () =>
    get(`${M}/orders`, { staff: false, headers: { Cookie: "tt.sid=s%3Aforged.signature" } }),
  ),
  row("staff: state change from a foreign origin", "403 forbidden", (f) =>
    post(
      `${M}/orders/${f.order.id}/status`,
      { status: "cancelled" },
      { headers: { Origin: "https://evil.example" } },
    ),
  ),
  row("staff: origin 'null' (sandboxed frame)", "403 forbidden", (f) =>
    post(`${M}/orders/${f.order.id}/status`, { status: "cancelled" }, { headers: { Origin: "null" } }),
  ),
  // --- staff: orders
  row("status: unknown status", "400 validation_failed", (f) =>
    post(`${M}/orders/${f.order.id}/status`, { status: "eaten" }),
  ),
  row("status: another shop's order", "404 not_found", (f) =>
    post(`${M}/orders/${f.theirOrder.id}/status`, { status: "cancelled" }),
  ),
  row("approve: another shop's order", "404 not_found", (f) =>
    post(`${M}/orders/${f.theirOrder.id}/approve`),
  ),
  row("history: another shop's order", "404 not_found", (f) => get(`${M}/orders/${f.theirOrder.id}/history`)),
  row("mark paid: another shop's order", "404 not_found", (f) =>
    post(`${M}/orders/${f.theirOrder.id}/paid`, { tender: "cash" }),
  ),
  row("mark paid: unknown tender", "400 validation_failed", (f) =>
    post(`${M}/orders/${f.order.id}/paid`, { tender: "iou" }),
  ),
  row("orders: sinceSeq is negative", "400 validation_failed", () => get(`${M}/orders?sinceSeq=-1`)),
  row("orders: sinceSeq is not a number", "400 validation_failed", () => get(`${M}/orders?sinceSeq=abc`)),
  row("staff order: another shop's table", "404 table_not_found", (f) =>
    post(
      `${M}/orders`,
      { tableId: f.theirTableId, lines: tea() },
      { headers: { "Idempotency-Key": randomUUID() } },
    ),
  ),
  // --- staff: tables
  row("table: label is a number", "400 validation_failed", () => post(`${M}/tables`, { label: 7 })),
  row("table: label with a bidi override", "400 validation_failed", () =>
    post(`${M}/tables`, { label: "T\u202e9" }),
  ),
  row("table: label with a paragraph separator", "400 validation_failed", () =>
    post(`${M}/tables`, { label: "T\u20299" }),
  ),
  row("table: label with a left-to-right mark", "400 validation_failed", () =>
    post(`${M}/tables`, { label: "T9\u200e" }),
  ),
  row("table: rename another shop's table", "404 not_found", (f) =>
    patch(`${M}/tables/${f.theirTableId}`, { label: "Mine" }),
  ),
  row("table: rotate another shop's code", "404 not_found", (f) =>
    post(`${M}/tables/${f.theirTableId}/token`),
  ),
  row("table: open another shop's sitting", "404 not_found", (f) =>
    post(`${M}/tables/${f.theirTableId}/sitting`),
  ),
  row("table: settings with a string", "400 validation_failed", () =>
    patch(`${M}/tables/settings`, { sittingsEnabled: "yes" }),
  ),
  // --- staff: team
  row("invite: not an email", "400 validation_failed", () =>
    post(`${M}/staff/invitations`, { email: "<b>@", role: "staff" }),
  ),
  row("invite: unknown role", "400 validation_failed", () =>
    post(`${M}/staff/invitations`, { email: "new@example.test", role: "superuser" }),
  ),
  row("team: change another shop's owner", "404 not_found", (f) =>
    patch(`${M}/staff/${f.theirStaffId}`, { role: "staff" }),
  ),
  row("team: remove another shop's owner", "404 not_found", (f) => del(`${M}/staff/${f.theirStaffId}`)),
  // --- staff: menu
  row("category: name is empty after trimming", "400 validation_failed", () =>
    post(`${M}/menu/categories`, { name: "   " }),
  ),
  row("category: name with a line separator", "400 validation_failed", () =>
    post(`${M}/menu/categories`, { name: "Drinks\u2028Food" }),
  ),
  row("item: name with a right-to-left mark", "400 validation_failed", () =>
    post(`${M}/menu/items`, { categoryId: shop.menu.categories[0]?.id, name: "Tea\u200f", price: 100 }),
  ),
  row("item: name with an Arabic letter mark", "400 validation_failed", () =>
    post(`${M}/menu/items`, { categoryId: shop.menu.categories[0]?.id, name: "\u061cTea", price: 100 }),
  ),
  row("category: rename another shop's", "404 not_found", (f) =>
    patch(`${M}/menu/categories/${f.theirCategoryId}`, { name: "x" }),
  ),
  row("item: negative price", "400 validation_failed", () =>
    post(`${M}/menu/items`, { categoryId: shop.menu.categories[0]?.id, name: "Free", price: -1 }),
  ),
  row("item: fractional price", "400 validation_failed", () =>
    post(`${M}/menu/items`, { categoryId: shop.menu.categories[0]?.id, name: "Odd", price: 9.99 }),
  ),
  row("item: huge price", "400 validation_failed", () =>
    post(`${M}/menu/items`, { categoryId: shop.menu.categories[0]?.id, name: "Gold", price: 1e15 }),
  ),
  row("item: in another shop's category", "404 not_found", (f) =>
    post(`${M}/menu/items`, { categoryId: f.theirCategoryId, name: "Sneaky", price: 100 }),
  ),
  row("item: sold-out on another shop's item", "404 not_found", (f) =>
    post(`${M}/menu/items/${f.theirItemId}/sold-out`, { soldOut: true }),
  ),
  row("item: delete another shop's", "404 not_found", (f) => del(`${M}/menu/items/${f.theirItemId}`)),
  row("option group: min above max", "400 validation_failed", () =>
    post(`${M}/menu/items/${shop.item("Tea").id}/option-groups`, {
      name: "Size",
      minChoices: 3,
      maxChoices: 1,
    }),
  ),
  row("option: on another shop's group", "404 not_found", (f) =>
    post(`${M}/menu/option-groups/${f.theirGroupId}/options`, { name: "Extra", priceDelta: 100 }),
  ),
  row("option: fractional price delta", "400 validation_failed", (f) =>
    patch(`${M}/menu/options/${f.theirOptionId}`, { priceDelta: 0.5 }),
  ),
  row("board settings: unknown field", "400 validation_failed", () =>
    patch(`${M}/board/settings`, { theme: "dark", x: 1 }),
  ),
  // --- the owner's shop settings
  row("shop settings: a time zone with a NUL and a path", "400 validation_failed", () =>
    patch(`${M}/shop/settings`, { timezone: "Asia/Shanghai\u0000/../../etc" }),
  ),
  row("shop settings: a 10 kB currency", "400 validation_failed", () =>
    patch(`${M}/shop/settings`, { currency: "C".repeat(10_000) }),
  ),
  row("shop settings: a made-up provider", "400 validation_failed", () =>
    patch(`${M}/shop/settings`, { paymentProvider: "__proto__" }),
  ),
  row("shop settings: a provider without keys", "422 payment_provider_not_configured", () =>
    patch(`${M}/shop/settings`, { paymentProvider: "stripe" }),
  ),
  row("shop settings: a currency with other decimals", "409 currency_minor_units_differ", () =>
    patch(`${M}/shop/settings`, { currency: "JPY" }),
  ),
  // --- coupons (manager) and the diner's coupon preview
  row("coupon: 101 percent off", "400 validation_failed", () =>
    post(`${M}/coupons`, { code: "HUGE101", kind: "percent", value: 101 }),
  ),
  row("coupon: fractional fixed amount", "400 validation_failed", () =>
    post(`${M}/coupons`, { code: "HALFCENT", kind: "fixed", value: 1.5 }),
  ),
  row("coupon: negative minimum spend", "400 validation_failed", () =>
    post(`${M}/coupons`, { code: "NEGMIN", kind: "fixed", value: 100, minSpend: -1 }),
  ),
  row("coupon: window ends before it starts", "400 validation_failed", () =>
    post(`${M}/coupons`, {
      code: "BACKWARDS",
      kind: "fixed",
      value: 100,
      startsAt: "2030-01-02T10:00",
      endsAt: "2030-01-01T10:00",
    }),
  ),
  row("coupon: markup in the code", "400 validation_failed", () =>
    post(`${M}/coupons`, { code: "<b>X</b>", kind: "fixed", value: 100 }),
  ),
  row("coupon: usedCount sent by the client", "400 validation_failed", () =>
    post(`${M}/coupons`, { code: "CHEAT", kind: "fixed", value: 100, usedCount: -5 }),
  ),
  row("coupon: editing an unknown coupon id", "404 not_found", () =>
    patch(`${M}/coupons/${randomUUID()}`, { paused: true }),
  ),
  row("coupon preview: code is a number", "400 validation_failed", () =>
    post("/api/coupons/preview", {
      tableToken: shop.tableToken,
      lines: tea(),
      couponCode: 42,
      deviceId: "d",
    }),
  ),
  row("coupon preview: NUL in the table code", "400 validation_failed", () =>
    post("/api/coupons/preview", {
      tableToken: `${shop.tableToken.slice(0, 20)}\u0000`,
      lines: tea(),
      couponCode: "X",
      deviceId: "d",
    }),
  ),
  row("coupon preview: a counter code of one character", "400 validation_failed", () =>
    post("/api/coupons/preview", { counterToken: "x", lines: tea(), couponCode: "X", deviceId: "d" }),
  ),
  row("coupon preview: lines is a string", "400 validation_failed", () =>
    post("/api/coupons/preview", {
      tableToken: shop.tableToken,
      lines: "tea",
      couponCode: "X",
      deviceId: "d",
    }),
  ),
  // --- ratings and receipts (order token)
  row("ratings: no token", "401 unauthorized", (f) =>
    post(`/api/orders/${f.order.id}/ratings`, { ratings: [] }),
  ),
  row("ratings: another order's token", "404 not_found", (f) =>
    post(`/api/orders/${f.order.id}/ratings`, { ratings: [] }, { bearer: f.theirOrder.token }),
  ),
  row("ratings: score 6", "400 validation_failed", (f) =>
    post(
      `/api/orders/${f.order.id}/ratings`,
      { ratings: [{ lineId: randomUUID(), score: 6 }] },
      { bearer: f.order.token },
    ),
  ),
  row("ratings: score 2.5", "400 validation_failed", (f) =>
    post(
      `/api/orders/${f.order.id}/ratings`,
      { ratings: [{ lineId: randomUUID(), score: 2.5 }] },
      { bearer: f.order.token },
    ),
  ),
  row("ratings: NUL in a comment", "400 validation_failed", (f) =>
    post(
      `/api/orders/${f.order.id}/ratings`,
      { ratings: [{ lineId: randomUUID(), score: 4, comment: "ok\u0000" }] },
      { bearer: f.order.token },
    ),
  ),
  row("ratings: the same line twice", "400 validation_failed", (f) => {
    const lineId = randomUUID();
    return post(
      `/api/orders/${f.order.id}/ratings`,
      {
        ratings: [
          { lineId, score: 4 },
          { lineId, score: 1 },
        ],
      },
      { bearer: f.order.token },
    );
  }),
  row("receipt email: not an address", "400 validation_failed", (f) =>
    post(`/api/orders/${f.order.id}/receipt/email`, { email: "not-an-email" }, { bearer: f.order.token }),
  ),
  row("receipt email: another order's token", "404 not_found", (f) =>
    post(`/api/orders/${f.order.id}/receipt/email`, { email: "a@b.test" }, { bearer: f.theirOrder.token }),
  ),
  row("receipt: an unknown share token", "404 not_found", () => get(`/api/receipts/${"x".repeat(32)}`)),
  // --- reports, sittings, board settings (staff) and the diner's wait and tab
  row("report: from after to", "400 validation_failed", () =>
    get(`${M}/reports/sales?from=2026-05-02&to=2026-05-01`),
  ),
  row("report: a day that does not exist", "400 validation_failed", () =>
    get(`${M}/reports/sales?from=2026-02-30&to=2026-03-01`),
  ),
  row("report: ten years at once", "400 validation_failed", () =>
    get(`${M}/reports/sales?from=2016-01-01&to=2026-01-01`),
  ),
  row("report: from given twice", "400 validation_failed", () =>
    get(`${M}/reports/sales?from=2026-05-01&from=2026-05-02&to=2026-05-03`),
  ),
  row("report CSV: unknown breakdown", "400 validation_failed", () =>
    get(`${M}/reports/sales.csv?from=2026-05-01&to=2026-05-02&breakdown=passwords`),
  ),
  row("report settings: closing at 25:00", "400 validation_failed", () =>
    patch(`${M}/reports/settings`, { closingTime: "25:00" }),
  ),
  row("sitting: open another shop's table", "404 not_found", (f) =>
    post(`${M}/tables/${f.theirTableId}/sitting`),
  ),
  row("sitting: close another shop's table", "404 not_found", (f) =>
    del(`${M}/tables/${f.theirTableId}/sitting`),
  ),
  row("board settings: escalate after -1 minutes", "400 validation_failed", () =>
    patch(`${M}/board/settings`, { escalateAfterMinutes: -1 }),
  ),
  row("wait: no token", "401 unauthorized", (f) => get(`/api/orders/${f.order.id}/wait`)),
  row("wait: another order's token", "404 not_found", (f) =>
    get(`/api/orders/${f.order.id}/wait`, { bearer: f.theirOrder.token }),
  ),
  row("photo: markup sent as a PNG", "415 unsupported_media_type", () => ({
    method: "PUT",
    path: `${M}/menu/items/${shop.item("Tea").id}/photo`,
    raw: "<svg onload=alert(1)>",
    headers: { "Content-Type": "image/png" },
  })),
];

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  other = await createTestShop(server);
  const cookie = await login(server.url, shop.owner.email, shop.owner.password);
  const mine = await placeOrder(server.url, order());
  const theirs = await placeOrder(server.url, {
    tableToken: other.tableToken,
    lines: [{ itemId: other.item("Tea").id, quantity: 1 }],
  });
  const theirStaff = await server.db
    .selectFrom("staff")
    .select("id")
    .where("shopId", "=", other.shopId)
    .executeTakeFirstOrThrow();
  const theirGroup = await server.db
    .selectFrom("optionGroups")
    .select(["id"])
    .where("shopId", "=", other.shopId)
    .executeTakeFirstOrThrow();
  const theirOption = await server.db
    .selectFrom("options")
    .select(["id"])
    .where("shopId", "=", other.shopId)
    .executeTakeFirstOrThrow();
  const rotated = shop.tables.find((t) => t.kind === "table" && t.token !== shop.tableToken);
  if (!rotated) throw new Error("the test shop has one table only");
  const rotation = await postJson(`${server.url}${M}/tables/${rotated.id}/token`, undefined, {
    Cookie: cookie,
  });
  expect(rotation.status).toBe(200);
  const invite = await postJson<{ inviteUrl: string; invitation: { id: string } }>(
    `${server.url}${M}/staff/invitations`,
    { email: `late@${shop.slug}.test`, role: "staff" },
    { Cookie: cookie },
  );
  expect(invite.status).toBe(201);
  await server.db
    .updateTable("staffInvitations")
    .set({ expiresAt: Date.now() - 1000 })
    .where("id", "=", invite.body.invitation.id)
    .execute();
  f = {
    cookie,
    order: { id: mine.body.order.id, token: mine.body.orderToken },
    theirOrder: { id: theirs.body.order.id, token: theirs.body.orderToken },
    theirStaffId: theirStaff.id,
    theirTableId: other.tables[0]?.id ?? "",
    theirCategoryId: other.menu.categories[0]?.id ?? "",
    theirItemId: other.item("Tea").id,
    theirGroupId: theirGroup.id,
    theirOptionId: theirOption.id,
    rotatedToken: rotated.token,
    expiredInvitation: new URL(invite.body.inviteUrl).hash.slice(1),
  };
});
afterAll(() => server?.stop());

async function send(
  req: Req,
): Promise<{ status: number; body: { error?: { code?: string; message?: string } } }> {
  const headers: Record<string, string> = { "Content-Type": "application/json", ...req.headers };
  if (req.path.startsWith("/api/orders") && req.method === "POST" && !headers["Idempotency-Key"]) {
    headers["Idempotency-Key"] = randomUUID();
  }
  if (req.staff ?? req.path.startsWith(M)) headers.Cookie = f.cookie;
  if (req.bearer) headers.Authorization = `Bearer ${req.bearer}`;
  const body = req.raw ?? (req.body === undefined ? undefined : JSON.stringify(req.body));
  const res = await fetch(`${server.url}${req.path}`, { method: req.method, headers, body });
  const text = await res.text();
  let parsed: { error?: { code?: string; message?: string } } = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${res.status} answered with a body that is not JSON: ${text.slice(0, 200)}`);
  }
  return { status: res.status, body: parsed };
}

describe("hostile input over every public endpoint", () => {
  it("has at least 40 rows", () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  it.each(rows)("$name → $status $code, nothing written", async (r) => {
    const before = await rowSnapshot(server.db);
    const res = await send(r.req(f));
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: r.status, code: r.code });
    expect(typeof res.body.error?.message).toBe("string");
    expect(res.body.error?.message?.length).toBeGreaterThan(5);
    expect(await rowSnapshot(server.db)).toEqual(before);
  });

  it("keeps serving after all of it", async () => {
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const placed = await placeOrder(server.url, order());
    expect(placed.status).toBe(201);
  });
});

/** Markup in every free-text field: accepted as text, returned verbatim as JSON, never as HTML. */
const MARKUP = `<img src=x onerror=alert(1)>"'&`;
interface TextField {
  name: string;
  /** Writes MARKUP through the API; returns the path that reads it back. */
  write: (f: Fixture) => Promise<{ status: number; readBack: string; bearer?: string }>;
}
const staffJson = async (method: string, path: string, body: unknown) => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { "Content-Type": "application/json", Cookie: f.cookie, "Idempotency-Key": randomUUID() },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { id?: string; order?: { id: string } } };
};
const textFields: TextField[] = [
  {
    name: "order note and line note (diner)",
    write: async () => {
      const res = await placeOrder(server.url, {
        tableToken: shop.tableToken,
        note: MARKUP,
        lines: [{ itemId: shop.item("Tea").id, quantity: 1, note: MARKUP }],
      });
      return {
        status: res.status,
        readBack: `/api/orders/${res.body.order.id}`,
        bearer: res.body.orderToken,
      };
    },
  },
  {
    name: "staff order note",
    write: async () => {
      const tableId = shop.tables[0]?.id;
      const res = await staffJson("POST", `${M}/orders`, { tableId, note: MARKUP, lines: tea() });
      return { status: res.status, readBack: `${M}/orders` };
    },
  },
  {
    name: "cancel reason",
    write: async () => {
      const placed = await placeOrder(server.url, order());
      const res = await staffJson("POST", `${M}/orders/${placed.body.order.id}/status`, {
        status: "cancelled",
        reason: MARKUP,
      });
      return { status: res.status, readBack: `${M}/orders/${placed.body.order.id}/history` };
    },
  },
  {
    name: "table label",
    write: async () => ({
      ...(await staffJson("POST", `${M}/tables`, { label: MARKUP })),
      readBack: `${M}/tables`,
    }),
  },
  {
    name: "category name",
    write: async () => ({
      ...(await staffJson("POST", `${M}/menu/categories`, { name: MARKUP })),
      readBack: `${M}/menu`,
    }),
  },
  {
    name: "item name and description",
    write: async () => ({
      ...(await staffJson("POST", `${M}/menu/items`, {
        categoryId: shop.menu.categories[0]?.id,
        name: MARKUP,
        description: MARKUP,
        price: 100,
      })),
      readBack: `/api/tables/${shop.tableToken}`,
    }),
  },
  {
    name: "option group and option names",
    write: async () => {
      const group = await staffJson("POST", `${M}/menu/items/${shop.item("Dumplings").id}/option-groups`, {
        name: MARKUP,
        minChoices: 0,
        maxChoices: 1,
      });
      const option = await staffJson("POST", `${M}/menu/option-groups/${group.body.id}/options`, {
        name: MARKUP,
      });
      return { status: Math.max(group.status, option.status), readBack: `${M}/menu` };
    },
  },
];

describe("markup in free-text fields", () => {
  it.each(textFields)("$name is stored and returned verbatim as JSON text", async (field) => {
    const written = await field.write(f);
    expect(written.status).toBeLessThan(300);
    const res = await fetch(`${server.url}${written.readBack}`, {
      headers: written.bearer ? { Authorization: `Bearer ${written.bearer}` } : { Cookie: f.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    // Exactly what was sent, JSON-escaped and nothing else: no stripping, no HTML entities.
    expect(await res.text()).toContain(JSON.stringify(MARKUP).slice(1, -1));
  });

  it("is never run by a page: the CSP allows scripts from the app's own origin only", async () => {
    for (const path of ["/", "/merchant/", "/api/health"]) {
      const csp = (await fetch(`${server.url}${path}`)).headers.get("content-security-policy") ?? "";
      const directives = new Map(
        csp.split(";").map((d) => {
          const [name = "", ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get("default-src"), path).toEqual(["'self'"]);
      expect(directives.get("script-src"), path).toEqual(["'self'"]);
      expect(directives.get("script-src-attr"), path).toEqual(["'none'"]);
      expect(directives.get("object-src"), path).toEqual(["'none'"]);
      expect(directives.get("frame-ancestors"), path).toEqual(["'self'"]);
      expect(csp).not.toMatch(/unsafe-eval/);
    }
  });
});
