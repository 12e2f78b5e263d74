import { parseMoney } from "@tabletap/shared";

/** The pay step's tip presets, in percent of what the food costs after any discount. */
export const TIP_PRESETS = [0, 10, 15, 20] as const;

export type TipChoice = { kind: "percent"; percent: number } | { kind: "amount"; amount: number };

export const noTip: TipChoice = { kind: "percent", percent: 0 };

/** The tip in minor units: a percentage rounds to the nearest minor unit. */
export function tipAmount(choice: TipChoice, base: number): number {
  return choice.kind === "percent" ? Math.round((base * choice.percent) / 100) : choice.amount;
}

/** "5", "5.5" or "5,50" typed by the diner → minor units; null for anything else. */
export const parseAmount = (typed: string, currency: string): number | null => parseMoney(typed, currency);
