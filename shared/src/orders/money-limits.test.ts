import { describe, expect, it } from "vitest";
import type { MenuItem } from "../menu/schemas.js";
import {
  cheapestUnitPrice,
  lineMoneyProblem,
  MAX_LINE_TOTAL,
  MAX_ORDER_TOTAL,
  orderMoneyProblem,
} from "./money-limits.js";
import { priceLine } from "./pricing.js";

const group = (minChoices: number, maxChoices: number, deltas: number[]) => ({
  minChoices,
  maxChoices,
  options: deltas.map((priceDelta) => ({ priceDelta })),
});

describe("cheapestUnitPrice", () => {
  it("is the base price when no option lowers it", () => {
    expect(cheapestUnitPrice({ price: 500, optionGroups: [group(0, 3, [100, 200])] })).toBe(500);
  });

  it("takes every discount a group allows, most negative first, up to its maximum", () => {
    expect(cheapestUnitPrice({ price: 500, optionGroups: [group(0, 2, [-100, -300, -200, 50])] })).toBe(0);
  });

  it("takes a group's required choices even when they cost more", () => {
    expect(cheapestUnitPrice({ price: 500, optionGroups: [group(2, 3, [300, 100, 200])] })).toBe(800);
    expect(cheapestUnitPrice({ price: 500, optionGroups: [group(2, 3, [300, -100, 200, -50])] })).toBe(350);
  });

  it("adds the groups together", () => {
    const item = { price: 100, optionGroups: [group(1, 1, [0, -60]), group(0, 1, [-50])] };
    expect(cheapestUnitPrice(item)).toBe(-10);
  });
});

describe("money limits", () => {
  it("refuses a negative unit price and a line above the line limit, and takes one exactly at it", () => {
    expect(lineMoneyProblem("Tea", -1, -1)?.reason).toBe("negative_line_price");
    expect(lineMoneyProblem("Tea", 0, 0)).toBeNull();
    expect(lineMoneyProblem("Tea", MAX_LINE_TOTAL, MAX_LINE_TOTAL)).toBeNull();
    expect(lineMoneyProblem("Tea", 1, MAX_LINE_TOTAL + 1)?.reason).toBe("line_total_too_large");
  });

  it("refuses an order above the order limit and takes one exactly at it", () => {
    expect(orderMoneyProblem(MAX_ORDER_TOTAL)).toBeNull();
    expect(orderMoneyProblem(MAX_ORDER_TOTAL + 1)?.reason).toBe("order_total_too_large");
  });

  it("keeps an order with its largest tip inside a 32-bit column", () => {
    expect(MAX_ORDER_TOTAL + 1_000_000).toBeLessThan(2 ** 31);
    expect(MAX_ORDER_TOTAL).toBeGreaterThanOrEqual(MAX_LINE_TOTAL);
  });
});

describe("priceLine and the limits", () => {
  const item: MenuItem = {
    id: "tea",
    categoryId: "drinks",
    name: "Tea",
    description: "",
    price: 100,
    soldOut: false,
    photo: null,
    optionGroups: [
      {
        id: "deal",
        name: "Deal",
        minChoices: 0,
        maxChoices: 1,
        options: [{ id: "voucher", name: "Voucher", priceDelta: -500 }],
      },
    ],
  };

  it("refuses a choice of options that makes the line negative", () => {
    expect(priceLine(item, ["voucher"], 1)).toMatchObject({ ok: false, reason: "negative_line_price" });
    expect(priceLine(item, [], 1)).toMatchObject({ ok: true, lineTotal: 100 });
  });

  it("refuses 99 of a dish that passes the line limit", () => {
    const dear = { ...item, price: 10_000_000, optionGroups: [] };
    expect(priceLine(dear, [], 10)).toMatchObject({ ok: true, lineTotal: MAX_LINE_TOTAL });
    expect(priceLine(dear, [], 99)).toMatchObject({ ok: false, reason: "line_total_too_large" });
  });
});
