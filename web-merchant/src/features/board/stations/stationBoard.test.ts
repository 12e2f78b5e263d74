import type { Order } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { makeOrder } from "../testOrders";
import { stationOrders, stationOwes } from "./stationBoard";

const line = (name: string, stationId: string | null) => ({
  id: name,
  itemId: name,
  name,
  quantity: 1,
  unitPrice: 100,
  lineTotal: 100,
  note: "",
  options: [],
  stationId,
});

const mixed: Order = makeOrder({
  id: "mixed",
  seq: 1,
  lines: [line("Latte", "bar"), line("Dumplings", "grill")],
});
const food: Order = makeOrder({ id: "food", seq: 2, lines: [line("Dumplings", "grill")] });
const old: Order = makeOrder({ id: "old", seq: 3, lines: [line("Tea", null)] });
const all = new Map([mixed, food, old].map((order) => [order.id, order]));

describe("a station's board", () => {
  it("keeps orders with the station's dishes, showing only those, and orders from before stations", () => {
    const bar = stationOrders(all, "bar");
    expect([...bar.keys()]).toEqual(["mixed", "old"]);
    expect(bar.get("mixed")?.lines.map((each) => each.name)).toEqual(["Latte"]);
  });

  it("shows everything without a station", () => {
    expect(stationOrders(all, null)).toBe(all);
  });

  it("owes a bump on an accepted order with its dishes until it has bumped", () => {
    const accepted = { ...mixed, status: "accepted" as const };
    expect(stationOwes(accepted, "bar")).toBe(true);
    expect(stationOwes({ ...accepted, stationsDone: ["bar"] }, "bar")).toBe(false);
    expect(stationOwes(mixed, "bar")).toBe(false);
    expect(stationOwes(accepted, "dessert")).toBe(false);
  });
});
