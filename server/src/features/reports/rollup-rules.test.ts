import { describe, expect, it } from "vitest";
import { BUCKET_MS } from "./local-hours.js";
import { foldRollups, paymentKey, type RollupRows } from "./rollup-rules.js";

const none: RollupRows = { totals: [], buckets: [], tables: [], payments: [], items: [] };
// The quarter hour starting at a UTC instant.
const bucketAt = (iso: string) => Date.parse(iso) / BUCKET_MS;

describe("a day's rollup from its rows", () => {
  it("gives every asked day a rollup, at zero when it sold nothing", () => {
    const rollups = foldRollups(["2026-04-04", "2026-04-05"], none, "Asia/Shanghai");
    expect([...rollups.keys()]).toEqual(["2026-04-04", "2026-04-05"]);
    expect(rollups.get("2026-04-05")).toMatchObject({
      gross: 0,
      net: 0,
      orders: 0,
      tables: {},
      payments: {},
    });
    expect(rollups.get("2026-04-05")?.hours).toHaveLength(24);
  });

  it("reads PostgreSQL's text numbers as numbers", () => {
    const totals = [
      {
        day: "d",
        gross: "1000",
        discounts: 100,
        refunds: "200",
        tips: "50",
        orders: "3",
        net: 700,
        cancellations: 1,
      },
    ];
    expect(foldRollups(["d"], { ...none, totals }, "UTC").get("d")).toMatchObject({
      gross: 1000,
      discounts: 100,
      refunds: 200,
      tips: 50,
      orders: 3,
      net: 700,
      cancellations: 1,
    });
  });

  it("puts quarter hours in the shop-local hour they fell in, adding up those that share one", () => {
    const buckets = [
      // 23:45 and 23:30 UTC are 07:45 and 07:30 the next morning in Shanghai.
      { day: "d", bucket: String(bucketAt("2026-04-04T23:45:00Z")), orders: 2, net: 1000 },
      { day: "d", bucket: bucketAt("2026-04-04T23:30:00Z"), orders: "1", net: "250" },
      { day: "d", bucket: bucketAt("2026-04-05T12:00:00Z"), orders: 1, net: 99 },
    ];
    const hours = foldRollups(["d"], { ...none, buckets }, "Asia/Shanghai").get("d")?.hours;
    expect(hours?.[7]).toEqual([3, 1250]);
    expect(hours?.[20]).toEqual([1, 99]);
    expect(hours?.reduce((sum, [orders]) => sum + orders, 0)).toBe(4);
  });

  it("files counter payments under the tender staff took, and those not yet taken as unpaid", () => {
    expect(paymentKey("online", null)).toBe("online");
    expect(paymentKey("online", "cash")).toBe("online");
    expect(paymentKey("counter", "card")).toBe("card");
    expect(paymentKey("counter", null)).toBe("unpaid");
    const payments = [
      { day: "d", method: "counter", tender: "cash", orders: 2, net: 800 },
      { day: "d", method: "counter", tender: null, orders: 1, net: 300 },
      { day: "d", method: "online", tender: null, orders: "4", net: "4000" },
    ];
    expect(foldRollups(["d"], { ...none, payments }, "UTC").get("d")?.payments).toEqual({
      cash: [2, 800],
      unpaid: [1, 300],
      online: [4, 4000],
    });
  });

  it("keeps tables and items per day", () => {
    const rows = {
      ...none,
      tables: [{ day: "d", tableId: "t1", orders: 2, net: "900" }],
      items: [{ day: "e", itemId: "i1", name: "Tea", quantity: "3", sales: 1200 }],
    };
    const rollups = foldRollups(["d", "e"], rows, "UTC");
    expect(rollups.get("d")?.tables).toEqual({ t1: [2, 900] });
    expect(rollups.get("d")?.items).toEqual({});
    expect(rollups.get("e")?.items).toEqual({ i1: ["Tea", 3, 1200] });
  });
});
