import type { TabBillState } from "@tabletap/shared";

/** A round still to be paid, as the bill prices it: its total after the coupon and its lines. */
export interface DueRound {
  orderId: string;
  total: number;
  lines: { id: string; quantity: number; lineTotal: number }[];
}

/**
 * What each unit of a round's lines costs once the round's coupon is taken off, in minor units, so that the
 * units of a round add up to its total exactly. A line's total is split evenly over its units (the first
 * units take any remainder), then the total is spread over all units in proportion to their prices,
 * rounding down, and the minor units still missing go one each to the units that lost most to rounding.
 */
export function unitAmounts(round: DueRound): Map<string, number[]> {
  const units: { lineId: string; price: bigint }[] = [];
  for (const line of round.lines) {
    const base = Math.floor(line.lineTotal / line.quantity);
    const extra = line.lineTotal - base * line.quantity;
    for (let unit = 0; unit < line.quantity; unit++) {
      units.push({ lineId: line.id, price: BigInt(base + (unit < extra ? 1 : 0)) });
    }
  }
  const subtotal = units.reduce((sum, unit) => sum + unit.price, 0n);
  const total = BigInt(round.total);
  const shares = units.map((unit, index) => {
    const exact = subtotal === 0n ? 0n : unit.price * total;
    const floor = subtotal === 0n ? 0n : exact / subtotal;
    return { index, floor, lost: subtotal === 0n ? 0n : exact - floor * subtotal };
  });
  let missing = subtotal === 0n ? 0n : total - shares.reduce((sum, share) => sum + share.floor, 0n);
  const byLoss = [...shares].sort((a, b) =>
    a.lost === b.lost ? a.index - b.index : a.lost > b.lost ? -1 : 1,
  );
  for (const share of byLoss) {
    if (missing <= 0n) break;
    share.floor += 1n;
    missing -= 1n;
  }
  const amounts = new Map<string, number[]>();
  units.forEach((unit, index) => {
    const list = amounts.get(unit.lineId) ?? [];
    list.push(Number(shares[index]?.floor ?? 0n));
    amounts.set(unit.lineId, list);
  });
  return amounts;
}

/**
 * Share `index` (1-based) of `count` equal shares of `base`: every share is the same whole number of minor
 * units, and the last takes the remainder, so the shares add up to `base` exactly. A currency without minor
 * units (JPY) splits the same way: its minor unit is the yen.
 */
export function equalShare(base: number, count: number, index: number): number {
  const each = Math.floor(base / count);
  return index === count ? base - each * (count - 1) : each;
}

/** The first share of `count` not taken yet (1-based), or undefined when all are. */
export function freeShare(count: number, taken: number[]): number | undefined {
  for (let index = 1; index <= count; index++) if (!taken.includes(index)) return index;
  return undefined;
}

export interface LedgerFigures {
  due: number;
  paid: number;
  held: number;
  settled: number;
  closed: boolean;
}

/** What a new part may still take: neither paid nor held by an open checkout. */
export const leftOf = (figures: { due: number; paid: number; held: number }): number =>
  Math.max(0, figures.due - figures.paid - figures.held);

/** How the board and the phones show a bill. */
export function billState(figures: LedgerFigures): TabBillState {
  if (figures.closed) return "closed";
  if (figures.due === 0) return figures.settled > 0 ? "paid" : "open";
  if (figures.paid >= figures.due) return "paid";
  return figures.paid > 0 ? "partly_paid" : "open";
}

/**
 * After the bill shrank (staff cancelled a round, or took one at the counter on its own), what the parts
 * paid beyond it goes back: the newest paid parts first, each at most what it paid and has not had back.
 */
export function refundsForExcess(
  excess: number,
  parts: { id: string; amount: number; refundDue: number; paidAt: number }[],
): { partId: string; refund: number }[] {
  const refunds: { partId: string; refund: number }[] = [];
  let rest = excess;
  for (const part of [...parts].sort((a, b) => b.paidAt - a.paidAt)) {
    if (rest <= 0) break;
    const room = part.amount - part.refundDue;
    if (room <= 0) continue;
    const refund = Math.min(room, rest);
    refunds.push({ partId: part.id, refund });
    rest -= refund;
  }
  return refunds;
}

/** A part as asked for, without who pays it or how. */
export type PartAsk =
  | { kind: "remaining" }
  | { kind: "items"; items: { lineId: string; quantity: number }[] }
  | { kind: "equal"; shares: number }
  | { kind: "custom"; amount: number };

export interface PartPrice {
  amount: number;
  units: { lineId: string; unit: number }[];
  share: { count: number; index: number; base: number } | null;
}

export type PriceRefusal =
  | { refused: "nothing_left" }
  | { refused: "unknown_line"; lineId: string }
  | { refused: "units_taken"; lineId: string; free: number }
  | { refused: "shares_taken" }
  | { refused: "exceeds_left"; amount: number; left: number };

/**
 * Prices a part against the bill as it stands under the tab's lock: the rounds still due, the units parts
 * hold or paid, the equal shares held or paid, and what is left. `remaining` takes all that is left and
 * covers every free unit; `items` the units asked for, each at its price after the coupon; `equal` the next
 * free share of the split (share k of N of what was left when the split began); `custom` what it says.
 */
export function pricePart(
  ask: PartAsk,
  bill: {
    rounds: DueRound[];
    takenUnits: { lineId: string; unit: number }[];
    liveShares: { count: number; index: number; base: number }[];
    left: number;
  },
): PartPrice | PriceRefusal {
  const price = priceAsk(ask, bill);
  if ("refused" in price) return price;
  if (price.amount <= 0) return { refused: "nothing_left" };
  if (price.amount > bill.left) return { refused: "exceeds_left", amount: price.amount, left: bill.left };
  return price;
}

function priceAsk(ask: PartAsk, bill: Parameters<typeof pricePart>[1]): PartPrice | PriceRefusal {
  const unitPrices = new Map<string, number[]>();
  for (const round of bill.rounds)
    for (const [line, prices] of unitAmounts(round)) unitPrices.set(line, prices);
  const taken = new Set(bill.takenUnits.map((u) => `${u.lineId}:${u.unit}`));
  const freeUnits = (lineId: string) =>
    (unitPrices.get(lineId) ?? []).map((_, unit) => unit).filter((unit) => !taken.has(`${lineId}:${unit}`));
  switch (ask.kind) {
    case "remaining": {
      const units = [...unitPrices.keys()].flatMap((lineId) =>
        freeUnits(lineId).map((unit) => ({ lineId, unit })),
      );
      return { amount: bill.left, units, share: null };
    }
    case "custom":
      return { amount: ask.amount, units: [], share: null };
    case "equal": {
      const split = bill.liveShares.filter((share) => share.count === ask.shares);
      const base = split[0]?.base ?? bill.left;
      const index = freeShare(
        ask.shares,
        split.map((share) => share.index),
      );
      if (index === undefined) return { refused: "shares_taken" };
      return {
        amount: equalShare(base, ask.shares, index),
        units: [],
        share: { count: ask.shares, index, base },
      };
    }
    case "items": {
      const wanted = new Map<string, number>();
      for (const item of ask.items) wanted.set(item.lineId, (wanted.get(item.lineId) ?? 0) + item.quantity);
      const units: { lineId: string; unit: number }[] = [];
      let amount = 0;
      for (const [lineId, quantity] of wanted) {
        const prices = unitPrices.get(lineId);
        if (!prices) return { refused: "unknown_line", lineId };
        const free = freeUnits(lineId);
        if (free.length < quantity) return { refused: "units_taken", lineId, free: free.length };
        for (const unit of free.slice(0, quantity)) {
          units.push({ lineId, unit });
          amount += prices[unit] ?? 0;
        }
      }
      return { amount, units, share: null };
    }
  }
}
