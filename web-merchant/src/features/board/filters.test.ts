import { describe, expect, it } from "vitest";
import { buildBoard, filterBoard } from "./boardModel";
import { ALL_TABLES, filterOptions, matchesFilter } from "./filters";
import { makeOrder } from "./testOrders";

const t2 = { id: "t2", label: "T2", kind: "table" as const };
const t10 = { id: "t10", label: "T10", kind: "table" as const };
const counter = { id: "c", label: "Counter", kind: "counter" as const };
const orders = [
  makeOrder({ id: "a", seq: 1, table: t10 }),
  makeOrder({ id: "b", seq: 2, table: t2, status: "preparing" }),
  makeOrder({ id: "c", seq: 3, table: counter }),
  makeOrder({ id: "d", seq: 4, table: t2, needsApproval: true }),
];

describe("table filter", () => {
  it("offers All, Takeaway, then tables in natural order with their counts", () => {
    expect(filterOptions(orders).map((option) => `${option.label}:${option.count}`)).toEqual([
      "All:4",
      "Takeaway:1",
      "T2:2",
      "T10:1",
    ]);
    expect(filterOptions([orders[0] as (typeof orders)[0]]).map((option) => option.label)).toEqual([
      "All",
      "T10",
    ]);
  });

  it("narrows every lane, the approval section included", () => {
    const board = buildBoard(new Map(orders.map((order) => [order.id, order])), "2025-03-14", "UTC");
    expect(board.approval.map((order) => order.id)).toEqual(["d"]);
    expect(board.columns.placed.map((order) => order.id)).toEqual(["a", "c"]);
    const t2Only = filterBoard(board, { kind: "table", tableId: "t2" });
    expect(t2Only.columns.placed).toEqual([]);
    expect(t2Only.columns.preparing.map((order) => order.id)).toEqual(["b"]);
    expect(t2Only.approval.map((order) => order.id)).toEqual(["d"]);
    const takeaway = filterBoard(board, { kind: "counter" });
    expect(takeaway.columns.placed.map((order) => order.id)).toEqual(["c"]);
    expect(filterBoard(board, ALL_TABLES)).toBe(board);
    expect(matchesFilter(orders[2] as (typeof orders)[2], { kind: "table", tableId: "t2" })).toBe(false);
  });
});
