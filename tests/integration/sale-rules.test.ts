import { refunded, standing } from "@tabletap/server/features/reports/sale-conditions.repository";
import { saleKind } from "@tabletap/server/features/reports/sales-rules";
import { orderStatuses, paymentStatuses } from "@tabletap/shared";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestShop, type TestShop } from "../support/fixtures.js";
import { insertRowOrders, type RowOrder } from "../support/report-orders.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
let shop: TestShop;

beforeAll(async () => {
  server = await startTestServer();
  shop = await createTestShop(server);
});
afterAll(() => server?.stop());

describe("the sale rule in SQL and in memory", () => {
  it("classes every status, payment status and kitchen history the same way on this database", async () => {
    const item = shop.menu.categories[0]?.items[0];
    const orders: RowOrder[] = orderStatuses.flatMap((status) =>
      paymentStatuses.flatMap((paymentStatus) =>
        [true, false].map((reachedKitchen) => ({
          day: "2026-04-04",
          createdAt: Date.parse("2026-04-04T12:00:00Z"),
          status,
          paymentStatus,
          paymentMethod: "online" as const,
          tender: null,
          tableId: shop.tables[0]?.id ?? "",
          discount: 0,
          tip: 0,
          reachedKitchen,
          lines: [{ itemId: item?.id ?? "", name: item?.name ?? "", unitPrice: 500, quantity: 1 }],
        })),
      ),
    );
    await insertRowOrders(server.db, shop.shopId, orders);

    const { rows } = await sql<{
      status: string;
      paymentStatus: string;
      placedAt: number | string | null;
      isStanding: number | string;
      isRefunded: number | string;
    }>`
      select status, payment_status, placed_at,
        case when ${standing()} then 1 else 0 end as is_standing,
        case when ${refunded()} then 1 else 0 end as is_refunded
      from orders where shop_id = ${shop.shopId}`.execute(server.db);

    expect(rows).toHaveLength(orderStatuses.length * paymentStatuses.length * 2);
    const kinds = new Set<string>();
    for (const row of rows) {
      const inSql =
        Number(row.isStanding) === 1 ? "standing" : Number(row.isRefunded) === 1 ? "refunded" : "none";
      const placedAt = row.placedAt === null ? null : Number(row.placedAt);
      const inMemory = saleKind({ status: row.status, paymentStatus: row.paymentStatus, placedAt });
      expect({ ...row, kind: inSql }).toEqual({ ...row, kind: inMemory });
      expect(Number(row.isStanding) + Number(row.isRefunded)).toBeLessThanOrEqual(1);
      kinds.add(inSql);
    }
    expect([...kinds].sort()).toEqual(["none", "refunded", "standing"]);
  });
});
