import { randomUUID } from "node:crypto";
import { io, type Socket } from "socket.io-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { login, placeOrder, postJson } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { rowSnapshot } from "../support/row-snapshot.js";
import { connected } from "../support/sockets.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

/**
 * Hostile input over Socket.IO (the HTTP side is hostile-input-*.test.ts): handshakes that must be refused,
 * events a diner's socket makes up, and shared-cart events with hostile payloads. Each must be refused
 * with no row of any table changed.
 */

let server: TestServer;
let shop: TestShop;
let other: TestShop;

/** Everything the rows refer to, made once in beforeAll. */
interface Fixture {
  cookie: string;
  order: { id: string; token: string };
  theirOrder: { id: string; token: string };
  rotatedToken: string;
}
let f: Fixture;

const tea = (of: TestShop) => [{ itemId: of.item("Tea").id, quantity: 1 }];

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  other = await createTestShop(server);
  const cookie = await login(server.url, shop.owner.email, shop.owner.password);
  const mine = await placeOrder(server.url, { tableToken: shop.tableToken, lines: tea(shop) });
  const theirs = await placeOrder(server.url, { tableToken: other.tableToken, lines: tea(other) });
  const rotated = shop.tables.find((t) => t.kind === "table" && t.token !== shop.tableToken);
  if (!rotated) throw new Error("the test shop has one table only");
  const rotation = await postJson(`${server.url}/api/merchant/tables/${rotated.id}/token`, undefined, {
    Cookie: cookie,
  });
  expect(rotation.status).toBe(200);
  f = {
    cookie,
    order: { id: mine.body.order.id, token: mine.body.orderToken },
    theirOrder: { id: theirs.body.order.id, token: theirs.body.orderToken },
    rotatedToken: rotated.token,
  };
});
afterAll(() => server?.stop());

/** Socket.IO handshakes that must be refused: bad auth, foreign origins, odd payloads. */
interface SocketRow {
  name: string;
  nsp: string;
  auth?: (f: Fixture) => unknown;
  headers?: (f: Fixture) => Record<string, string>;
  /** The connect_error message. */
  refusal: RegExp;
}
const sock = (
  name: string,
  nsp: string,
  refusal: RegExp,
  options: Pick<SocketRow, "auth" | "headers"> = {},
): SocketRow => ({ name, nsp, refusal, ...options });
const EVIL = { Origin: "https://evil.example" };
const socketRows: SocketRow[] = [
  sock("merchant: no cookie", "/merchant", /^unauthorized$/),
  sock("merchant: forged cookie", "/merchant", /^unauthorized$/, {
    headers: () => ({ Cookie: "tt.sid=s%3Ax.y" }),
  }),
  sock("merchant: a diner's order token as auth", "/merchant", /^unauthorized$/, {
    auth: (f) => ({ orderToken: f.order.token }),
  }),
  sock("merchant: valid cookie from a foreign origin", "/merchant", /error/, {
    headers: (f) => ({ Cookie: f.cookie, ...EVIL }),
  }),
  sock("diner: no auth", "/diner", /^unauthorized$/),
  sock("diner: order token is a number", "/diner", /^unauthorized$/, { auth: () => ({ orderToken: 12345 }) }),
  sock("diner: order token is an object", "/diner", /^unauthorized$/, {
    auth: () => ({ orderToken: { $ne: null } }),
  }),
  sock("diner: unknown order token", "/diner", /^unauthorized$/, {
    auth: () => ({ orderToken: "C".repeat(22) }),
  }),
  sock("diner: order token with NUL", "/diner", /^unauthorized$/, {
    auth: (f) => ({ orderToken: `${f.order.token}\u0000` }),
  }),
  sock("diner: 200 kB token", "/diner", /^unauthorized$/, {
    auth: () => ({ orderToken: "D".repeat(200_000) }),
  }),
  sock("diner: rotated table code", "/diner", /^unauthorized$/, {
    auth: (f) => ({ tableToken: f.rotatedToken }),
  }),
  sock("diner: table token with a lone surrogate", "/diner", /^unauthorized$/, {
    auth: () => ({ tableToken: `${shop.tableToken}\ud800` }),
  }),
  sock("diner: valid order token from a foreign origin", "/diner", /error/, {
    auth: (f) => ({ orderToken: f.order.token }),
    headers: () => EVIL,
  }),
  sock("an unknown namespace", "/admin", /Invalid namespace/),
];

const openSocket = (nsp: string, auth: unknown, headers: Record<string, string>): Socket =>
  io(`${server.url}${nsp}`, {
    transports: ["websocket"],
    auth: auth as Record<string, unknown>,
    extraHeaders: headers,
    reconnection: false,
    forceNew: true,
  });

describe("hostile Socket.IO handshakes and events", () => {
  it.each(socketRows)("$name is refused", async (r) => {
    const before = await rowSnapshot(server.db);
    const socket = openSocket(r.nsp, r.auth?.(f) ?? {}, r.headers?.(f) ?? {});
    try {
      await expect(connected(socket)).rejects.toThrow(r.refusal);
    } finally {
      socket.close();
    }
    expect(await rowSnapshot(server.db)).toEqual(before);
  });

  it("ignores events a diner's socket makes up, and drops one that floods it", async () => {
    const before = await rowSnapshot(server.db);
    const socket = openSocket("/diner", { orderToken: f.order.token }, {});
    await connected(socket);
    // The server defines no client events: these are dropped without an answer or a write.
    socket.emit("order:created", { id: f.theirOrder.id, status: "paid" });
    socket.emit("__proto__", { polluted: true });
    socket.emit("join", `order:${f.theirOrder.id}`);
    socket.emit("binary", Buffer.alloc(1024));
    const dropped = new Promise<string>((resolve) => socket.once("disconnect", (reason) => resolve(reason)));
    socket.emit("flood", "x".repeat(1_100_000)); // beyond Socket.IO's 1 MB message limit
    expect(await dropped).toBe("transport close");
    socket.close();
    expect(await rowSnapshot(server.db)).toEqual(before);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const again = openSocket("/diner", { orderToken: f.order.token }, {});
    await connected(again);
    again.close();
  });
});

/** Shared-cart events with hostile payloads, from a table's phone and from sockets that have no cart. */
interface CartRow {
  name: string;
  /** Which code the socket was opened with. */
  opener: "table" | "counter" | "order";
  event: "cart:add-line" | "cart:set-quantity" | "cart:remove-line" | "cart:sync";
  payload?: (f: Fixture) => unknown;
  code: string;
}
const cartLine = (extra: Record<string, unknown> = {}) => ({
  lineId: randomUUID(),
  itemId: shop.item("Tea").id,
  quantity: 1,
  optionIds: [],
  note: "",
  nickname: "Ana",
  ...extra,
});
const cart = (
  name: string,
  event: CartRow["event"],
  code: string,
  payload?: CartRow["payload"],
  opener: CartRow["opener"] = "table",
): CartRow => ({ name, opener, event, code, ...(payload ? { payload } : {}) });
const cartRows: CartRow[] = [
  cart("add-line: no payload", "cart:add-line", "validation_failed", () => null),
  cart("add-line: an array", "cart:add-line", "validation_failed", () => [cartLine()]),
  cart("add-line: __proto__ field", "cart:add-line", "validation_failed", () =>
    JSON.parse(`{"__proto__":{"admin":true},"lineId":"${randomUUID()}"}`),
  ),
  cart("add-line: quantity 2^53", "cart:add-line", "validation_failed", () =>
    cartLine({ quantity: 2 ** 53 }),
  ),
  cart("add-line: quantity -1", "cart:add-line", "validation_failed", () => cartLine({ quantity: -1 })),
  cart("add-line: quantity as a string", "cart:add-line", "validation_failed", () =>
    cartLine({ quantity: "2" }),
  ),
  cart("add-line: 31 options", "cart:add-line", "validation_failed", () =>
    cartLine({ optionIds: Array.from({ length: 31 }, () => randomUUID()) }),
  ),
  cart("add-line: 10 kB nickname", "cart:add-line", "validation_failed", () =>
    cartLine({ nickname: "N".repeat(10_000) }),
  ),
  cart("add-line: lone surrogate in a note", "cart:add-line", "validation_failed", () =>
    cartLine({ note: "tea \ud800" }),
  ),
  cart("add-line: right-to-left override in a nickname", "cart:add-line", "validation_failed", () =>
    cartLine({ nickname: "\u202eanA" }),
  ),
  cart("add-line: a price sent by the phone", "cart:add-line", "validation_failed", () =>
    cartLine({ unitPrice: 1 }),
  ),
  cart("add-line: another shop's dish", "cart:add-line", "unknown_item", () =>
    cartLine({ itemId: other.item("Tea").id }),
  ),
  cart("add-line: another shop's option", "cart:add-line", "invalid_options", () =>
    cartLine({ itemId: shop.item("Latte").id, optionIds: [other.option("Latte", "Large")] }),
  ),
  cart("add-line: a sold-out dish", "cart:add-line", "sold_out", () =>
    cartLine({ itemId: shop.item("Lemonade").id }),
  ),
  cart("set-quantity: a line that is not there", "cart:set-quantity", "line_not_found", () => ({
    lineId: randomUUID(),
    quantity: 2,
  })),
  cart("set-quantity: fractional", "cart:set-quantity", "validation_failed", () => ({
    lineId: randomUUID(),
    quantity: 2.5,
  })),
  cart("remove-line: SQL in the line id", "cart:remove-line", "validation_failed", () => ({
    lineId: "' or 1=1 --",
  })),
  cart("add-line from the counter's code", "cart:add-line", "forbidden", () => cartLine(), "counter"),
  cart("add-line from an order page", "cart:add-line", "forbidden", () => cartLine(), "order"),
  cart("sync from an order page", "cart:sync", "forbidden", undefined, "order"),
];

describe("hostile shared-cart events", () => {
  const openers = {
    table: () => ({ tableToken: shop.tableToken }),
    counter: () => ({ tableToken: shop.counterToken }),
    order: (f: Fixture) => ({ orderToken: f.order.token }),
  };

  it.each(cartRows)("$name is refused with $code", async (r) => {
    const before = await rowSnapshot(server.db);
    const socket = openSocket("/diner", openers[r.opener](f), {});
    try {
      await connected(socket);
      const withAck = socket.timeout(5000);
      const ack = await (r.payload
        ? withAck.emitWithAck(r.event, r.payload(f))
        : withAck.emitWithAck(r.event));
      expect(ack).toMatchObject({ ok: false, error: { code: r.code, message: expect.any(String) } });
    } finally {
      socket.close();
    }
    expect(await rowSnapshot(server.db)).toEqual(before);
  });
});
