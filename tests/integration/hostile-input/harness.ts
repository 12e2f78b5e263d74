import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect } from "vitest";
import { login, placeOrder, postJson } from "../../support/api.js";
import { createTestShop, type TestShop } from "../../support/fixtures.js";
import { rowSnapshot } from "../../support/row-snapshot.js";
import { startTestServer, type TestServer } from "../../support/test-server.js";

/**
 * Hostile input over every public HTTP endpoint: each row is one request that must be refused with a 4xx
 * in the documented error shape, with no row of any table changed. The rows live by area in
 * `*-rows.ts` beside this file, each area's test file starting its own server; a new endpoint adds its
 * rows there. Socket.IO handshakes and events are in hostile-sockets.test.ts.
 */

// Set by startHostileServer's beforeAll; ES module bindings are live, so the rows read the current ones.
export let server: TestServer;
export let shop: TestShop;
export let other: TestShop;

/** Everything the rows refer to, made once in beforeAll. */
export interface Fixture {
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
export let f: Fixture;

export interface Req {
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
export interface Row {
  name: string;
  status: number;
  code: string;
  req: (f: Fixture) => Req;
}

/** One line per case: `row("what", "404 not_found", (f) => post(path, body))`. */
export const row = (name: string, expected: `${number} ${string}`, req: (f: Fixture) => Req): Row => {
  const [status, code] = expected.split(" ");
  return { name, status: Number(status), code: code ?? "", req };
};
export const post = (path: string, body?: unknown, extra: Partial<Req> = {}): Req => ({
  method: "POST",
  path,
  body,
  ...extra,
});
export const patch = (path: string, body: unknown, extra: Partial<Req> = {}): Req => ({
  method: "PATCH",
  path,
  body,
  ...extra,
});
export const get = (path: string, extra: Partial<Req> = {}): Req => ({ method: "GET", path, ...extra });
export const del = (path: string, extra: Partial<Req> = {}): Req => ({ method: "DELETE", path, ...extra });

export const tea = () => [{ itemId: shop.item("Tea").id, quantity: 1 }];
export const order = (extra: Record<string, unknown> = {}) => ({
  tableToken: shop.tableToken,
  lines: tea(),
  ...extra,
});
export const line = (extra: Record<string, unknown>) => ({
  tableToken: shop.tableToken,
  lines: [{ itemId: shop.item("Tea").id, quantity: 1, ...extra }],
});
export const M = "/api/merchant";

/** Starts this file's server with two shops and everything the rows refer to, and stops it afterwards. */
export function startHostileServer(): void {
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
}

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

/** A row's request is refused with its status and code, in the error shape, and no table changes. */
export async function expectRefusedUnchanged(r: Row): Promise<void> {
  const before = await rowSnapshot(server.db);
  const res = await send(r.req(f));
  expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: r.status, code: r.code });
  expect(typeof res.body.error?.message).toBe("string");
  expect(res.body.error?.message?.length).toBeGreaterThan(5);
  expect(await rowSnapshot(server.db)).toEqual(before);
}
