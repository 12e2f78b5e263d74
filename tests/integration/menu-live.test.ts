import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import type { MenuChange, TableMenu } from "@tabletap/shared";
import { io } from "socket.io-client";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, placeOrder } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { setSoldOut } from "../support/menu.js";
import { connected, type DinerSocket, record } from "../support/sockets.js";
import { call } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let other: TestShop;
let owner: string;
let otherOwner: string;
const sockets: DinerSocket[] = [];

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  other = await createTestShop(server);
  owner = await login(server.url, shop.owner.email, shop.owner.password);
  otherOwner = await login(server.url, other.owner.email, other.owner.password);
});
afterEach(() => {
  for (const socket of sockets.splice(0)) socket.disconnect();
});
afterAll(() => server?.stop());

/** A menu page's socket: it follows the shop's menu with the table's own token. */
function menuSocket(tableToken: string): DinerSocket {
  const socket: DinerSocket = io(`${server.url}/diner`, {
    transports: ["websocket"],
    auth: { tableToken },
    reconnection: false,
    forceNew: true,
  });
  sockets.push(socket);
  return socket;
}

const orderRows = (shopId: string) =>
  server.db.selectFrom("orders").select("id").where("shopId", "=", shopId).execute();
const teaLine = () => ({
  tableToken: shop.tableToken,
  lines: [{ itemId: shop.item("Tea").id, quantity: 1, optionIds: [] }],
});

describe("live menu pages", () => {
  it("sends menu:changed with the new menu to its own shop's pages only", async () => {
    const mine = menuSocket(shop.tableToken);
    const counter = menuSocket(shop.counterToken);
    const theirs = menuSocket(other.tableToken);
    await Promise.all([connected(mine), connected(counter), connected(theirs)]);
    const mineEvents = record<MenuChange>(mine, "menu:changed");
    const counterEvents = record<MenuChange>(counter, "menu:changed");
    const theirEvents = record<MenuChange>(theirs, "menu:changed");
    const before = (await getJson<TableMenu>(`${server.url}/api/tables/${shop.tableToken}`)).body;

    const tea = shop.item("Tea");
    expect(
      (
        await call(server, "PATCH", `/api/merchant/menu/items/${tea.id}`, {
          cookie: owner,
          body: { price: 1700 },
        })
      ).status,
    ).toBe(204);
    const change = await mineEvents.next();
    expect(change.menuVersion).toBeGreaterThan(before.menuVersion);
    const changedTea = change.categories.flatMap((c) => c.items).find((i) => i.id === tea.id);
    expect(changedTea).toMatchObject({ price: 1700, soldOut: false });
    // Exactly what a fresh load of the page would show.
    const after = (await getJson<TableMenu>(`${server.url}/api/tables/${shop.tableToken}`)).body;
    expect(change).toEqual({
      menuVersion: after.menuVersion,
      categories: after.categories,
      shopNames: after.shopNames,
    });
    await counterEvents.next();

    // The other shop hears about its own change, and only that.
    await call(server, "POST", `/api/merchant/menu/items/${other.item("Tea").id}/sold-out`, {
      cookie: otherOwner,
      body: { soldOut: true },
    });
    const theirChange = await theirEvents.next();
    expect(theirChange.categories.flatMap((c) => c.items).find((i) => i.name === "Tea")?.soldOut).toBe(true);
    expect(theirEvents.events).toHaveLength(1);
    expect(theirEvents.events[0]?.categories.flatMap((c) => c.items).some((i) => i.id === tea.id)).toBe(
      false,
    );
    expect(mineEvents.events).toHaveLength(1);
  });

  it("refuses a menu socket with an unknown or malformed table token", async () => {
    for (const token of [randomBytes(16).toString("base64url"), "x", ""]) {
      await expect(connected(menuSocket(token))).rejects.toThrow(/unauthorized/);
    }
  });
});

describe("orders from a stale menu page", () => {
  it("refuses a sold-out item (409 sold_out) naming it, and writes nothing", async () => {
    const before = await orderRows(shop.shopId);
    await setSoldOut(server, owner, shop.item("Tea").id, true);
    const refused = await placeOrder(server.url, teaLine());
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: "sold_out", message: expect.stringContaining("Tea") });
    expect(await orderRows(shop.shopId)).toEqual(before);
    await setSoldOut(server, owner, shop.item("Tea").id, false);
    expect((await placeOrder(server.url, teaLine())).status).toBe(201);
  });

  it("refuses hidden items, items of hidden categories and deleted items (409 item_unavailable)", async () => {
    const dumplings = shop.item("Dumplings");
    const before = await orderRows(shop.shopId);
    const order = () =>
      placeOrder(server.url, {
        tableToken: shop.tableToken,
        lines: [{ itemId: dumplings.id, quantity: 2, optionIds: [] }],
      });

    await call(server, "PATCH", `/api/merchant/menu/items/${dumplings.id}`, {
      cookie: owner,
      body: { hidden: true },
    });
    let refused = await order();
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: "item_unavailable",
      message: expect.stringContaining("Dumplings"),
    });

    await call(server, "PATCH", `/api/merchant/menu/items/${dumplings.id}`, {
      cookie: owner,
      body: { hidden: false },
    });
    await call(server, "PATCH", `/api/merchant/menu/categories/${dumplings.categoryId}`, {
      cookie: owner,
      body: { hidden: true },
    });
    refused = await order();
    expect(refused.body.error?.code).toBe("item_unavailable");

    await call(server, "PATCH", `/api/merchant/menu/categories/${dumplings.categoryId}`, {
      cookie: owner,
      body: { hidden: false },
    });
    await call(server, "DELETE", `/api/merchant/menu/items/${dumplings.id}`, { cookie: owner });
    refused = await order();
    expect(refused.status).toBe(409);
    expect(refused.body.error?.code).toBe("item_unavailable");
    expect(await orderRows(shop.shopId)).toEqual(before);

    // Another shop's item is still simply unknown.
    const foreign = await placeOrder(server.url, {
      tableToken: shop.tableToken,
      lines: [{ itemId: other.item("Dumplings").id, quantity: 1, optionIds: [] }],
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error?.code).toBe("unknown_item");
  });

  it("refuses an order whose item is sold out while it is being placed, and writes no order", async () => {
    const latte = shop.item("Latte");
    const before = await orderRows(shop.shopId);
    // Another writer marks the item sold out the way a menu change does (version first, holding the shop's
    // row) and commits only after the order request has read the menu and is waiting for that row.
    const refused = await soldOutWhilePlacing(latte.id, () =>
      placeOrder(server.url, {
        tableToken: shop.tableToken,
        lines: [{ itemId: latte.id, quantity: 1, optionIds: [shop.option("Latte", "Regular")] }],
      }),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: "sold_out", message: expect.stringContaining("Latte") });
    expect(await orderRows(shop.shopId)).toEqual(before);
  });
});

const HOLD_MS = 600;

/**
 * Starts `place` while another connection holds an uncommitted sold-out change, which it commits HOLD_MS
 * later. On SQLite that connection lives in a child process: better-sqlite3 waits for a lock synchronously,
 * which would stall this process's own timers.
 */
async function soldOutWhilePlacing<T>(itemId: string, place: () => Promise<T>): Promise<T> {
  const database = server.config.database;
  if (database.dialect === "sqlite") {
    const child = spawn(process.execPath, ["-e", holdInChild], {
      env: {
        ...process.env,
        DB_FILE: database.file,
        SHOP_ID: shop.shopId,
        ITEM_ID: itemId,
        HOLD_MS: String(HOLD_MS),
      },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const exited = once(child, "exit");
    await once(child.stdout, "data");
    const result = await place();
    const [code] = await exited;
    expect(code).toBe(0);
    return result;
  }
  let request: Promise<T> | undefined;
  await server.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("shops")
      .set((eb) => ({ menuVersion: eb("menuVersion", "+", 1) }))
      .where("id", "=", shop.shopId)
      .execute();
    await trx.updateTable("items").set({ soldOut: 1 }).where("id", "=", itemId).execute();
    request = place();
    await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
  });
  if (!request) throw new Error("the order was not started");
  return request;
}

const holdInChild = `
const SQLite = require("better-sqlite3");
const db = new SQLite(process.env.DB_FILE);
db.pragma("busy_timeout = 5000");
db.exec("BEGIN IMMEDIATE");
db.prepare("update shops set menu_version = menu_version + 1 where id = ?").run(process.env.SHOP_ID);
db.prepare("update items set sold_out = 1 where id = ?").run(process.env.ITEM_ID);
process.stdout.write("locked\\n");
setTimeout(() => { db.exec("COMMIT"); db.close(); }, Number(process.env.HOLD_MS));
`;
