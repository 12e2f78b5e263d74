import type { MerchantTable, StaffRole, TableMenu } from "@tabletap/shared";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login, placeOrder } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { connected, connectMerchant, record } from "../support/sockets.js";
import { signedInStaff } from "../support/staff.js";
import { call, listTables, type TableResult } from "../support/tables.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let otherShop: TestShop;
let owner: string;
const cookies = {} as Record<StaffRole, string>;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  otherShop = await createTestShop(server);
  owner = await login(server.url, shop.owner.email, shop.owner.password);
  cookies.owner = owner;
  cookies.manager = (await signedInStaff(server, shop.shopId, "manager")).cookie;
  cookies.staff = (await signedInStaff(server, shop.shopId, "staff")).cookie;
});
afterAll(() => server?.stop());

const tablesOf = (shopId: string) =>
  server.db.selectFrom("tables").selectAll().where("shopId", "=", shopId).orderBy("position").execute();
const sittingsOf = (shopId: string) =>
  server.db.selectFrom("tableSittings").selectAll().where("shopId", "=", shopId).execute();

function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describe("tables", () => {
  it("adds, renames, switches off and on again, each change read back by the list", async () => {
    const added = await call<{ table: MerchantTable }>(server, "POST", "/api/merchant/tables", {
      cookie: owner,
      body: { label: "  Patio 1 " },
    });
    expect(added.status).toBe(201);
    expect(added.body.table).toMatchObject({ label: "Patio 1", kind: "table", active: true, sitting: null });
    expect(added.body.table.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(added.body.table.url).toBe(`${server.config.publicUrl}/t/${added.body.table.token}`);
    const menu = await getJson<TableMenu>(`${server.url}/api/tables/${added.body.table.token}`);
    expect(menu.body.table.label).toBe("Patio 1");

    const id = added.body.table.id;
    const renamed = await call<{ table: MerchantTable }>(server, "PATCH", `/api/merchant/tables/${id}`, {
      cookie: owner,
      body: { label: "桌 8" },
    });
    expect(renamed).toMatchObject({ status: 200, body: { table: { label: "桌 8", active: true } } });
    const off = await call(server, "PATCH", `/api/merchant/tables/${id}`, {
      cookie: owner,
      body: { active: false },
    });
    expect(off).toMatchObject({ status: 200, body: { table: { active: false } } });
    const closed = await getJson<{ error: { code: string } }>(
      `${server.url}/api/tables/${added.body.table.token}`,
    );
    expect(closed.status).toBe(404);
    expect(closed.body.error.code).toBe("table_not_found");
    await call(server, "PATCH", `/api/merchant/tables/${id}`, { cookie: owner, body: { active: true } });
    expect((await getJson(`${server.url}/api/tables/${added.body.table.token}`)).status).toBe(200);

    const list = await listTables(server, owner);
    expect(list.tables.map((t) => t.label)).toEqual(["T1", "T2", "T3", "Counter", "桌 8"]);
  });

  it("refuses bad labels and duplicates with 400/409 and writes nothing", async () => {
    const before = await tablesOf(shop.shopId);
    const bad: unknown[] = [
      {},
      { label: "" },
      { label: "   " },
      { label: "x".repeat(41) },
      { label: "T\u0007" },
      { label: 7 },
      { label: "T9", kind: "counter" },
      { label: "T9", token: "chosen-by-the-client-1234" },
    ];
    for (const body of bad) {
      const res = await call<{ error: { code: string } }>(server, "POST", "/api/merchant/tables", {
        cookie: owner,
        body,
      });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    }
    for (const label of ["T1", "t1", " COUNTER "]) {
      const res = await call<{ error: { code: string } }>(server, "POST", "/api/merchant/tables", {
        cookie: owner,
        body: { label },
      });
      expect(res.status, label).toBe(409);
      expect(res.body.error.code).toBe("label_taken");
    }
    const t2 = before.find((t) => t.label === "T2");
    const clash = await call<{ error: { code: string } }>(server, "PATCH", `/api/merchant/tables/${t2?.id}`, {
      cookie: owner,
      body: { label: "T1" },
    });
    expect(clash.status).toBe(409);
    for (const body of [{}, { active: "no" }, { label: "T2", shopId: otherShop.shopId }]) {
      const res = await call(server, "PATCH", `/api/merchant/tables/${t2?.id}`, { cookie: owner, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(
      (await call(server, "PATCH", "/api/merchant/tables/not-a-table", { cookie: owner, body: {} })).status,
    ).toBe(404);
    expect(await tablesOf(shop.shopId)).toEqual(before);
  });

  it("lets every role read the list, only owners and managers change tables, and signed-out callers nothing", async () => {
    const t2 = shop.tables.find((t) => t.label === "T2")?.id ?? "";
    // [method, path, body, status for owners and managers]
    const managed: [string, string, unknown, number][] = [
      ["POST", "/api/merchant/tables", { label: "Bar" }, 201],
      ["PATCH", "/api/merchant/tables/settings", { sittingsEnabled: false }, 200],
      ["PATCH", `/api/merchant/tables/${t2}`, { label: "T2" }, 200],
      ["POST", `/api/merchant/tables/${t2}/token`, undefined, 200],
      ["GET", `/api/merchant/tables/${t2}/qr.png`, undefined, 200],
      ["GET", `/api/merchant/tables/${t2}/qr.svg`, undefined, 200],
    ];
    const floor: [string, string, number][] = [
      ["GET", "/api/merchant/tables", 200],
      ["POST", `/api/merchant/tables/${t2}/sitting`, 201],
      ["DELETE", `/api/merchant/tables/${t2}/sitting`, 200],
    ];
    for (const role of ["owner", "manager", "staff"] as const) {
      for (const [method, path, body, status] of managed) {
        const before = await tablesOf(shop.shopId);
        const label = body && typeof body === "object" && "label" in body ? `Bar ${role}` : undefined;
        const res = await call<{ error?: { code: string } }>(server, method, path, {
          cookie: cookies[role],
          ...(body !== undefined ? { body: label && method === "POST" ? { label } : body } : {}),
        });
        if (role === "staff") {
          expect(res.status, `${role} ${method} ${path}`).toBe(403);
          expect(res.body.error?.code).toBe("forbidden");
          expect(await tablesOf(shop.shopId)).toEqual(before);
        } else {
          expect(res.status, `${role} ${method} ${path}`).toBe(status);
        }
      }
      for (const [method, path, status] of floor) {
        const res = await call(server, method, path, { cookie: cookies[role] });
        expect(res.status, `${role} ${method} ${path}`).toBe(status);
      }
    }
    for (const [method, path] of [...managed, ...floor]) {
      const res = await call(server, method, path, method === "GET" ? {} : { body: {} });
      expect(res.status, `signed out ${method} ${path}`).toBe(401);
    }
  });

  it("treats another shop's tables as unknown: 404 for every call, nothing changed there", async () => {
    const theirs = otherShop.tables.find((t) => t.label === "T1")?.id ?? "";
    const theirCounter = otherShop.tables.find((t) => t.kind === "counter")?.id ?? "";
    const before = await tablesOf(otherShop.shopId);
    for (const id of [theirs, theirCounter]) {
      const calls: [string, string, unknown][] = [
        ["PATCH", `/api/merchant/tables/${id}`, { label: "Mine now" }],
        ["PATCH", `/api/merchant/tables/${id}`, { active: false }],
        ["POST", `/api/merchant/tables/${id}/token`, undefined],
        ["GET", `/api/merchant/tables/${id}/qr.png`, undefined],
        ["GET", `/api/merchant/tables/${id}/qr.svg`, undefined],
        ["POST", `/api/merchant/tables/${id}/sitting`, undefined],
        ["DELETE", `/api/merchant/tables/${id}/sitting`, undefined],
      ];
      for (const [method, path, body] of calls) {
        const res = await call<{ error: { code: string } }>(server, method, path, {
          cookie: owner,
          ...(body !== undefined ? { body } : {}),
        });
        expect(res.status, `${method} ${path}`).toBe(404);
        expect(res.body.error.code).toBe("not_found");
      }
    }
    expect(await tablesOf(otherShop.shopId)).toEqual(before);
    expect(await sittingsOf(otherShop.shopId)).toEqual([]);
    expect((await listTables(server, owner)).tables.map((t) => t.id)).not.toContain(theirs);
  });
});

describe("replacing a QR code", () => {
  it("retires the old code with a reason of its own, and the new code and its QR work", async () => {
    const board = connectMerchant(server.url, owner);
    const elsewhere = connectMerchant(
      server.url,
      await login(server.url, otherShop.owner.email, otherShop.owner.password),
    );
    await Promise.all([connected(board), connected(elsewhere)]);
    const updates = record<MerchantTable>(board, "table:updated");
    const foreign = record<MerchantTable>(elsewhere, "table:updated");

    const t3 = (await listTables(server, owner)).tables.find((t) => t.label === "T3");
    if (!t3) throw new Error("no T3");
    const rotated: TableResult = await call(server, "POST", `/api/merchant/tables/${t3.id}/token`, {
      cookie: owner,
    });
    expect(rotated.status).toBe(200);
    const fresh = rotated.body.table;
    expect(fresh.token).not.toBe(t3.token);
    expect(fresh.token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(fresh.url).toBe(`${server.config.publicUrl}/t/${fresh.token}`);
    expect((await updates.next((t) => t.id === t3.id)).token).toBe(fresh.token);

    const old = await getJson<{ error: { code: string; message: string } }>(
      `${server.url}/api/tables/${t3.token}`,
    );
    expect(old.status).toBe(404);
    expect(old.body.error.code).toBe("table_code_replaced");
    const order = await placeOrder(server.url, {
      tableToken: t3.token,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    expect(order.status).toBe(404);
    expect(order.body.error?.code).toBe("table_code_replaced");
    const menu = await getJson<TableMenu>(`${server.url}/api/tables/${fresh.token}`);
    expect(menu.status).toBe(200);
    expect(menu.body.table.id).toBe(t3.id);

    const png = await fetch(`${server.url}/api/merchant/tables/${t3.id}/qr.png`, {
      headers: { Cookie: owner },
    });
    expect(decodeQr(Buffer.from(await png.arrayBuffer()))).toBe(fresh.url);
    // Unknown codes keep their old answer.
    const unknown = await getJson<{ error: { code: string } }>(`${server.url}/api/tables/${"x".repeat(22)}`);
    expect(unknown.body.error.code).toBe("table_not_found");
    expect(foreign.events).toEqual([]);
    board.close();
    elsewhere.close();
  });

  it("replaces the counter's takeaway code the same way", async () => {
    const counter = (await listTables(server, owner)).tables.find((t) => t.kind === "counter");
    if (!counter) throw new Error("no counter");
    expect(counter.sitting).toBeNull();
    const rotated: TableResult = await call(server, "POST", `/api/merchant/tables/${counter.id}/token`, {
      cookie: owner,
    });
    const fresh = rotated.body.table;
    const stale = await placeOrder(server.url, {
      counterToken: counter.token,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    expect(stale.body.error?.code).toBe("table_code_replaced");
    const placed = await placeOrder(server.url, {
      counterToken: fresh.token,
      lines: [{ itemId: shop.item("Tea").id, quantity: 1 }],
    });
    expect(placed.status).toBe(201);
    const png = await fetch(`${server.url}/api/merchant/tables/${counter.id}/qr.png?download`, {
      headers: { Cookie: owner },
    });
    expect(png.headers.get("content-disposition")).toContain("attachment");
    expect(decodeQr(Buffer.from(await png.arrayBuffer()))).toBe(
      `${server.config.publicUrl}/t/${fresh.token}`,
    );
  });

  it("survives two managers replacing the same code at once: one current token, both old ones retired", async () => {
    const t1 = (await listTables(server, owner)).tables.find((t) => t.label === "T1");
    if (!t1) throw new Error("no T1");
    const results = await Promise.all(
      [owner, cookies.manager].map((cookie) =>
        call(server, "POST", `/api/merchant/tables/${t1.id}/token`, { cookie }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    const now = (await listTables(server, owner)).tables.find((t) => t.id === t1.id);
    const retired = await server.db
      .selectFrom("retiredTableTokens")
      .select("token")
      .where("tableId", "=", t1.id)
      .execute();
    expect(retired.map((r) => r.token)).toContain(t1.token);
    expect(retired.map((r) => r.token)).not.toContain(now?.token);
    expect((await getJson(`${server.url}/api/tables/${now?.token}`)).status).toBe(200);
  });
});
