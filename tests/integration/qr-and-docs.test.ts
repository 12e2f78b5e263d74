import type { TableMenu } from "@tabletap/shared";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getJson, login } from "../support/api.js";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  cookie = await login(server.url, shop.owner.email, shop.owner.password);
});
afterAll(() => server?.stop());

describe("table QR codes", () => {
  it("a PNG that a standard decoder reads back as the table's diner URL, which opens the menu", async () => {
    const t1 = shop.tables.find((t) => t.label === "T1");
    const res = await fetch(`${server.url}/api/merchant/tables/${t1?.id}/qr.png`, {
      headers: { Cookie: cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(`${server.config.publicUrl}/t/${t1?.token}`);

    const token = new URL(decoded?.data ?? "").pathname.split("/").pop();
    const menu = await getJson<TableMenu>(`${server.url}/api/tables/${token}`);
    expect(menu.status).toBe(200);
    expect(menu.body.table.label).toBe("T1");
    expect(menu.body.shop.id).toBe(shop.shopId);
    expect(menu.body.categories.map((c) => c.name)).toEqual(["Drinks", "Food"]);
  });

  it("an SVG of the same URL, and a list of the shop's tables with their URLs", async () => {
    const list = await getJson<{ tables: { id: string; label: string; url: string; kind: string }[] }>(
      `${server.url}/api/merchant/tables`,
      { Cookie: cookie },
    );
    expect(list.body.tables.map((t) => t.label)).toEqual(["T1", "T2", "T3", "Counter"]);
    const counter = list.body.tables.find((t) => t.kind === "counter");
    const svg = await fetch(`${server.url}/api/merchant/tables/${counter?.id}/qr.svg`, {
      headers: { Cookie: cookie },
    });
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    expect(await svg.text()).toMatch(/^<svg[^>]+viewBox/);
    expect(counter?.url).toBe(`${server.config.publicUrl}/t/${shop.counterToken}`);
    const other = await fetch(`${server.url}/api/merchant/tables/${counter?.id}/qr.gif`, {
      headers: { Cookie: cookie },
    });
    expect(other.status).toBe(404);
  });

  it("an inactive table's code opens nothing", async () => {
    const t3 = shop.tables.find((t) => t.label === "T3");
    await server.db
      .updateTable("tables")
      .set({ active: 0 })
      .where("id", "=", t3?.id ?? "")
      .execute();
    const res = await getJson<{ error: { code: string } }>(`${server.url}/api/tables/${t3?.token}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("table_not_found");
  });
});

describe("sign-in", () => {
  it("refuses a wrong password and ends the session on the server at logout", async () => {
    const wrong = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: shop.owner.email, password: "nope" }),
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.getSetCookie()).toEqual([]);

    const session = await login(server.url, shop.owner.email, shop.owner.password);
    const who = await getJson<{ staff: { email: string; role: string } }>(`${server.url}/api/auth/session`, {
      Cookie: session,
    });
    expect(who.body.staff).toMatchObject({ email: shop.owner.email, role: "owner" });
    const logout = await fetch(`${server.url}/api/auth/logout`, {
      method: "POST",
      headers: { Cookie: session },
    });
    expect(logout.status).toBe(204);
    // The old cookie is worthless now, even though the browser could still send it.
    expect((await fetch(`${server.url}/api/merchant/orders`, { headers: { Cookie: session } })).status).toBe(
      401,
    );
  });

  it("sets an HttpOnly, SameSite=Lax session cookie", async () => {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(shop.owner),
    });
    const cookieHeader = res.headers.getSetCookie().join(";");
    expect(cookieHeader).toMatch(/HttpOnly/);
    expect(cookieHeader).toMatch(/SameSite=Lax/);
  });
});

describe("health and API docs", () => {
  it("reports the database and Redis up", async () => {
    const res = await getJson(`${server.url}/api/health`);
    expect(res).toMatchObject({ status: 200, body: { ok: true, db: "up", redis: "up" } });
  });

  it("publishes the contract as OpenAPI and serves browsable docs", async () => {
    const doc = await getJson<{
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    }>(`${server.url}/api/openapi.json`);
    expect(doc.body.openapi).toBe("3.1.0");
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        "/api/orders",
        "/api/orders/{id}",
        "/api/tables/{token}",
        "/api/merchant/orders/{id}/status",
      ]),
    );
    expect(Object.keys(doc.body.components.schemas)).toEqual(
      expect.arrayContaining(["Order", "CreateOrderRequest", "ApiError"]),
    );
    const docs = await fetch(`${server.url}/api/docs/`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("swagger-ui");
  });

  it("answers unknown API routes with the error shape", async () => {
    const res = await getJson<{ error: { code: string } }>(`${server.url}/api/nope`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("not_found");
  });
});
