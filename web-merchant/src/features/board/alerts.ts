import { type Order, placedTime } from "@tabletap/shared";

/**
 * How loudly a waiting order asks for attention on this board:
 * - `new`: waiting (since this board loaded, or before) and nobody here has acknowledged it yet;
 * - `escalated`: still not accepted after the shop's limit, and not acknowledged since it became late;
 * - `late`: past the limit, acknowledged here but still not accepted (stays red, no sound);
 * - `waiting`: not accepted yet, acknowledged, within the limit;
 * - `none`: not waiting for anyone (accepted, finished, or never the kitchen's).
 */
export type Urgency = "new" | "escalated" | "late" | "waiting" | "none";

/** What this board has acknowledged per order: the arrival, or also its escalation. */
export type Acknowledgements = ReadonlyMap<string, "new" | "escalated">;

export interface AlertContext {
  now: number;
  escalateAfterMs: number;
  /** Orders that arrived while this board was open (those already waiting at load are not news). */
  arrivedIds: ReadonlySet<string>;
  acks: Acknowledgements;
}

/** Repeats of the alert while something is unacknowledged: a late order sounds twice as often. */
export const ALERT_REPEAT_MS = { new: 10_000, escalated: 5_000 } as const;

export type AlertLevel = keyof typeof ALERT_REPEAT_MS;

/** Waiting means nobody has accepted (or approved) it; a pay-first order still unpaid is not the kitchen's. */
export const isWaiting = (order: Order): boolean =>
  order.status === "placed" && !(order.paymentMethod === "online" && order.paymentStatus === "unpaid");

export const isEscalated = (order: Order, now: number, escalateAfterMs: number): boolean =>
  isWaiting(order) && now - Date.parse(placedTime(order)) >= escalateAfterMs;

export function urgencyOf(order: Order, context: AlertContext): Urgency {
  if (!isWaiting(order)) return "none";
  const ack = context.acks.get(order.id);
  if (isEscalated(order, context.now, context.escalateAfterMs)) {
    return ack === "escalated" ? "late" : "escalated";
  }
  return context.arrivedIds.has(order.id) && ack === undefined ? "new" : "waiting";
}

export interface AlertState {
  level: AlertLevel | null;
  /** Orders sounding the alert, oldest first; acknowledging silences exactly these. */
  alerting: { order: Order; urgency: "new" | "escalated" }[];
}

export function alertState(orders: Iterable<Order>, context: AlertContext): AlertState {
  const alerting: AlertState["alerting"] = [];
  for (const order of orders) {
    const urgency = urgencyOf(order, context);
    if (urgency === "new" || urgency === "escalated") alerting.push({ order, urgency });
  }
  alerting.sort((a, b) => placedTime(a.order).localeCompare(placedTime(b.order)));
  const level = alerting.some((entry) => entry.urgency === "escalated")
    ? "escalated"
    : alerting.length > 0
      ? "new"
      : null;
  return { level, alerting };
}

/** The last time the alert sounded, and for which orders at which urgency. */
export interface LastSound {
  at: number;
  keys: ReadonlySet<string>;
}

const soundKey = (entry: AlertState["alerting"][number]) => `${entry.order.id}:${entry.urgency}`;

/**
 * Whether to sound now: at once for an order that starts alerting (it just arrived, or just became
 * late), otherwise every `ALERT_REPEAT_MS` of the current level while anything is unacknowledged.
 */
export function shouldSound(state: AlertState, last: LastSound | null, now: number): boolean {
  if (state.level === null) return false;
  if (last === null) return true;
  if (state.alerting.some((entry) => !last.keys.has(soundKey(entry)))) return true;
  return now - last.at >= ALERT_REPEAT_MS[state.level];
}

export const soundedNow = (state: AlertState, now: number): LastSound => ({
  at: now,
  keys: new Set(state.alerting.map(soundKey)),
});

/** Acknowledging records the stage each order is at, so a later escalation alerts again. */
export function acknowledge(
  acks: Acknowledgements,
  orders: Order[],
  now: number,
  escalateAfterMs: number,
): Acknowledgements {
  const next = new Map(acks);
  for (const order of orders) {
    next.set(order.id, isEscalated(order, now, escalateAfterMs) ? "escalated" : "new");
  }
  return next;
}
