import type { SalesReport } from "@tabletap/shared";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { insertRowOrders, type RowOrder } from "../support/report-orders.js";
import { signedInStaff } from "../support/staff.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;
let other: TestShop;
const cookies: Record<"owner" | "manager" | "staff" | "otherOwner", string> = {
  owner: "",
  manager: "",
  staff: "",
  otherOwner: "",
};
const DAY = "2026-06-10";
const HOSTILE = '=HYPERLINK("http://evil.test","Tea")';

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
  other = await createTestShop(server);
  cookies.owner = (await signedInStaff(server, shop.shopId, "owner")).cookie;
  cookies.manager = (await signedInStaff(server, shop.shopId, "manager")).cookie;
  cookies.staff = (await signedInStaff(server, shop.shopId, "staff")).cookie;
  cookies.otherOwner = (await signedInStaff(server, other.shopId, "owner")).cookie;
  const table = shop.tables[0];
  if (!table) throw new Error("no table");
  await server.db
    .updateTable("tables")
    .set({ label: "+T1, by the window" })
    .where("id", "=", table.id)
    .execute();
  const row = (item: string, name: string, unitPrice: number): RowOrder => ({
    day: DAY,
    createdAt: Date.parse(`${DAY}T04:00:00Z`),
    status: "completed",
    paymentStatus: "paid",
    paymentMethod: "counter",
    tender: "card",
    tableId: table.id,
    discount: 0,
    tip: 0,
    lines: [{ itemId: shop.item(item).id, name, unitPrice, quantity: 1 }],
  });
  await insertRowOrders(server.db, shop.shopId, [
    row("Tea", HOSTILE, 1999),
    row("Dumplings", 'Dumplings "large", hot', 1),
  ]);
});
afterAll(() => server?.stop());

const get = (path: string, who?: keyof typeof cookies) =>
  fetch(`${server.url}/api/merchant/reports/${path}`, { headers: who ? { Cookie: cookies[who] } : {} });

describe("who may read the sales report", () => {
  it("lets managers and owners read their own shop, refuses staff (403) and strangers (401)", async () => {
    for (const who of ["owner", "manager"] as const) {
      const res = await get(`sales?from=${DAY}&to=${DAY}`, who);
      expect(res.status).toBe(200);
      expect(((await res.json()) as SalesReport).totals.net).toBe(2000);
    }
    for (const path of [
      `sales?from=${DAY}&to=${DAY}`,
      `sales.csv?from=${DAY}&to=${DAY}&breakdown=orders`,
      "settings",
    ]) {
      const res = await get(path, "staff");
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("forbidden");
      expect((await get(path)).status).toBe(401);
    }
    const patch = await fetch(`${server.url}/api/merchant/reports/settings`, {
      method: "PATCH",
      headers: { Cookie: cookies.staff, "Content-Type": "application/json" },
      body: JSON.stringify({ closingTime: "22:00" }),
    });
    expect(patch.status).toBe(403);
  });

  it("shows another shop's owner only their own (empty) sales, in the report and the exports", async () => {
    const res = await get(`sales?from=${DAY}&to=${DAY}`, "otherOwner");
    const report = (await res.json()) as SalesReport;
    expect(report.totals.orders).toBe(0);
    expect(report.items).toEqual([]);
    const csv = await (await get(`sales.csv?from=${DAY}&to=${DAY}&breakdown=orders`, "otherOwner")).text();
    expect(parse(csv, { columns: true, bom: true })).toEqual([]);
  });

  it("refuses bad ranges with 400 and a message", async () => {
    for (const query of [
      "from=2026-02-30&to=2026-03-01",
      "from=2026-03-02&to=2026-03-01",
      "from=2025-01-01&to=2026-03-01",
      `from=${DAY}`,
      `from=${DAY}&to=${DAY}&extra=1`,
    ]) {
      const res = await get(`sales?${query}`, "owner");
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("validation_failed");
      expect(body.error.message.length).toBeGreaterThan(0);
    }
    expect((await get(`sales.csv?from=${DAY}&to=${DAY}&breakdown=everything`, "owner")).status).toBe(400);
  });
});

describe("CSV exports", () => {
  it("quote commas and quotes, and defuse cells a spreadsheet would run as formulas", async () => {
    const res = await get(`sales.csv?from=${DAY}&to=${DAY}&breakdown=items`, "owner");
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="${shop.slug}-items-${DAY}-to-${DAY}.csv"`,
    );
    const items = parse(await res.text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(items).toEqual([
      { Item: `'${HOSTILE}`, Category: "Drinks", Quantity: "1", "Sales before discounts (CNY)": "19.99" },
      {
        Item: 'Dumplings "large", hot',
        Category: "Food",
        Quantity: "1",
        "Sales before discounts (CNY)": "0.01",
      },
    ]);
    const tables = await (await get(`sales.csv?from=${DAY}&to=${DAY}&breakdown=tables`, "owner")).text();
    expect(parse(tables, { columns: true, bom: true })).toEqual([
      { Table: "'+T1, by the window", Orders: "2", "Net sales (CNY)": "20.00" },
    ]);
    const orders = parse(
      await (await get(`sales.csv?from=${DAY}&to=${DAY}&breakdown=orders`, "owner")).text(),
      {
        columns: true,
        bom: true,
      },
    ) as Record<string, string>[];
    // Both orders share their instant, so the file orders them by id; compare them by total.
    const byTotal = orders.map((o) => [o.Table, o["Payment method"], o["Total (CNY)"], o["Counts as"]]);
    expect(byTotal.sort((a, b) => Number(b[2]) - Number(a[2]))).toEqual([
      ["'+T1, by the window", "card", "19.99", "sale"],
      ["'+T1, by the window", "card", "0.01", "sale"],
    ]);
  });
});
