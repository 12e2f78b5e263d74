import { describe, expect, it } from "vitest";
import { billState, equalShare, freeShare, pricePart, refundsForExcess, unitAmounts } from "./split-rules.js";

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("unitAmounts", () => {
  it("prices each unit at its line's price when there is no coupon", () => {
    const units = unitAmounts({
      orderId: "o",
      total: 1100,
      lines: [
        { id: "a", quantity: 3, lineTotal: 900 },
        { id: "b", quantity: 1, lineTotal: 200 },
      ],
    });
    expect(units.get("a")).toEqual([300, 300, 300]);
    expect(units.get("b")).toEqual([200]);
  });

  it("spreads a coupon over the units so they add up to the round's total exactly", () => {
    const units = unitAmounts({
      orderId: "o",
      total: 1000,
      lines: [
        { id: "a", quantity: 3, lineTotal: 1000 },
        { id: "b", quantity: 1, lineTotal: 333 },
      ],
    });
    const all = [...(units.get("a") ?? []), ...(units.get("b") ?? [])];
    expect(sum(all)).toBe(1000);
    expect(all.every((amount) => amount >= 0)).toBe(true);
    expect(units.get("b")).toEqual([250]);
  });

  it("gives free rounds free units", () => {
    expect(
      unitAmounts({ orderId: "o", total: 0, lines: [{ id: "a", quantity: 2, lineTotal: 0 }] }).get("a"),
    ).toEqual([0, 0]);
  });
});

describe("equalShare", () => {
  it("lets the last share take the remainder, in yen as in cents or fils", () => {
    expect([1, 2, 3].map((k) => equalShare(1000, 3, k))).toEqual([333, 333, 334]);
    expect([1, 2, 3].map((k) => equalShare(10_000, 3, k))).toEqual([3333, 3333, 3334]);
    expect([1, 2, 3, 4, 5, 6, 7].map((k) => equalShare(100, 7, k))).toEqual([14, 14, 14, 14, 14, 14, 16]);
    for (const [base, count] of [
      [1, 2],
      [999_999, 13],
      [7, 50],
    ] as const) {
      expect(sum(Array.from({ length: count }, (_, i) => equalShare(base, count, i + 1)))).toBe(base);
    }
  });

  it("finds the first share nobody took", () => {
    expect(freeShare(3, [1, 3])).toBe(2);
    expect(freeShare(2, [1, 2])).toBeUndefined();
  });
});

describe("billState", () => {
  it("tells open, partly paid, paid and closed apart", () => {
    const base = { held: 0, settled: 0, closed: false };
    expect(billState({ ...base, due: 1000, paid: 0 })).toBe("open");
    expect(billState({ ...base, due: 1000, paid: 400 })).toBe("partly_paid");
    expect(billState({ ...base, due: 0, paid: 0, settled: 1000 })).toBe("paid");
    expect(billState({ ...base, due: 0, paid: 0 })).toBe("open");
    expect(billState({ ...base, due: 1000, paid: 400, closed: true })).toBe("closed");
  });
});

describe("refundsForExcess", () => {
  it("gives back from the newest paid parts first, never more than a part paid", () => {
    const parts = [
      { id: "old", amount: 500, refundDue: 0, paidAt: 1 },
      { id: "new", amount: 300, refundDue: 100, paidAt: 2 },
    ];
    expect(refundsForExcess(450, parts)).toEqual([
      { partId: "new", refund: 200 },
      { partId: "old", refund: 250 },
    ]);
    expect(refundsForExcess(0, parts)).toEqual([]);
  });
});

describe("pricePart", () => {
  const rounds = [
    {
      orderId: "o1",
      total: 1200,
      lines: [
        { id: "tea", quantity: 2, lineTotal: 600 },
        { id: "cake", quantity: 1, lineTotal: 600 },
      ],
    },
  ];
  const bill = { rounds, takenUnits: [], liveShares: [], left: 1200 };

  it("prices my items by unit and refuses units another part holds", () => {
    expect(pricePart({ kind: "items", items: [{ lineId: "tea", quantity: 1 }] }, bill)).toEqual({
      amount: 300,
      units: [{ lineId: "tea", unit: 0 }],
      share: null,
    });
    const held = { ...bill, takenUnits: [{ lineId: "tea", unit: 0 }], left: 900 };
    expect(pricePart({ kind: "items", items: [{ lineId: "tea", quantity: 1 }] }, held)).toMatchObject({
      units: [{ lineId: "tea", unit: 1 }],
    });
    expect(pricePart({ kind: "items", items: [{ lineId: "tea", quantity: 2 }] }, held)).toEqual({
      refused: "units_taken",
      lineId: "tea",
      free: 1,
    });
    expect(pricePart({ kind: "items", items: [{ lineId: "nope", quantity: 1 }] }, bill)).toEqual({
      refused: "unknown_line",
      lineId: "nope",
    });
  });

  it("splits what was left when the split began, whoever takes which share", () => {
    const first = pricePart({ kind: "equal", shares: 3 }, { ...bill, left: 1000 });
    expect(first).toEqual({ amount: 333, units: [], share: { count: 3, index: 1, base: 1000 } });
    const later = {
      ...bill,
      left: 667,
      liveShares: [
        { count: 3, index: 1, base: 1000 },
        { count: 3, index: 2, base: 1000 },
      ],
    };
    expect(pricePart({ kind: "equal", shares: 3 }, later)).toMatchObject({
      amount: 334,
      share: { index: 3 },
    });
    const full = { ...later, liveShares: [...later.liveShares, { count: 3, index: 3, base: 1000 }] };
    expect(pricePart({ kind: "equal", shares: 3 }, full)).toEqual({ refused: "shares_taken" });
  });

  it("never lets a part take more than is left, nor nothing", () => {
    expect(pricePart({ kind: "custom", amount: 1201 }, bill)).toEqual({
      refused: "exceeds_left",
      amount: 1201,
      left: 1200,
    });
    expect(pricePart({ kind: "remaining" }, { ...bill, left: 0 })).toEqual({ refused: "nothing_left" });
    expect(pricePart({ kind: "remaining" }, bill)).toMatchObject({ amount: 1200 });
  });
});
