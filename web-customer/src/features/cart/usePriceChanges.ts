import { useEffect, useRef, useState } from "react";
import type { PricedCartLine } from "./priceCart";

export interface PriceChange {
  key: string;
  name: string;
  /** Unit prices in minor units: what the diner saw, and what the line costs now. */
  before: number;
  after: number;
}

const unitPrice = (line: PricedCartLine) => line.lineTotal / line.line.quantity;

/**
 * Lines whose price moved while the cart is open (a manager edited the menu): the total must not change
 * silently under the diner's thumb. Each line's price is remembered when it is first seen here; "OK"
 * takes the new prices as seen.
 */
export function usePriceChanges(lines: PricedCartLine[]): {
  changes: PriceChange[];
  acknowledge: () => void;
} {
  const seen = useRef(new Map<string, number>());
  const [, setAcknowledged] = useState(0);
  const orderable = lines.filter((line) => line.problem === null);

  useEffect(() => {
    for (const line of orderable) {
      if (!seen.current.has(line.line.key)) seen.current.set(line.line.key, unitPrice(line));
    }
  });

  const changes = orderable.flatMap((line): PriceChange[] => {
    const before = seen.current.get(line.line.key);
    const after = unitPrice(line);
    return before === undefined || before === after
      ? []
      : [{ key: line.line.key, name: line.name, before, after }];
  });
  const acknowledge = () => {
    for (const line of orderable) seen.current.set(line.line.key, unitPrice(line));
    setAcknowledged((n) => n + 1);
  };
  return { changes, acknowledge };
}
