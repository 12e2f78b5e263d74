import type { Order, PaymentAlert } from "@tabletap/shared";

/** An alert as the board keeps it; its words come from `describePaymentAlert` in the shop's locale. */
export type BoardAlert = Omit<PaymentAlert, "message">;

export interface AlertState {
  /** Alerts on show, newest first. */
  shown: readonly BoardAlert[];
  /** Keys of alerts staff dismissed, so one recovered from the orders again stays away. */
  dismissed: ReadonlySet<string>;
}

export const noAlerts: AlertState = { shown: [], dismissed: new Set() };

/** One alert per order and reason: a repeat replaces the one on show rather than stacking. */
export const alertKey = (alert: Pick<BoardAlert, "orderId" | "reason">): string =>
  `${alert.reason}:${alert.orderId}`;

const newestFirst = (a: BoardAlert, b: BoardAlert) => b.at.localeCompare(a.at);

function show(state: AlertState, alert: BoardAlert, dismissed: ReadonlySet<string>): AlertState {
  const key = alertKey(alert);
  const shown = [...state.shown.filter((other) => alertKey(other) !== key), alert].sort(newestFirst);
  return { shown, dismissed };
}

/** A `payment:alert` from the server is news: it shows even if an earlier one like it was dismissed. */
export function receiveAlert(state: AlertState, alert: BoardAlert): AlertState {
  const key = alertKey(alert);
  if (!state.dismissed.has(key)) return show(state, alert, state.dismissed);
  return show(state, alert, new Set([...state.dismissed].filter((other) => other !== key)));
}

/**
 * Alerts read back from the orders (after a reload or a dropped connection) show unless one like them
 * is already on show or was dismissed. Returns the same state when nothing is new, so React can skip a render.
 */
export function recoverAlerts(state: AlertState, alerts: readonly BoardAlert[]): AlertState {
  const known = new Set([...state.shown.map(alertKey), ...state.dismissed]);
  return alerts
    .filter((alert) => !known.has(alertKey(alert)))
    .reduce((next, alert) => show(next, alert, next.dismissed), state);
}

export function dismissAlert(state: AlertState, key: string): AlertState {
  if (!state.shown.some((alert) => alertKey(alert) === key)) return state;
  return {
    shown: state.shown.filter((alert) => alertKey(alert) !== key),
    dismissed: new Set([...state.dismissed, key]),
  };
}

const recoveredReason = "late_payment_refunded" satisfies BoardAlert["reason"];

/**
 * The payment problems an order itself shows, so the board still learns of them when it missed the
 * `payment:alert` (disconnected, reloaded). Only a late payment can be told from the order alone: an
 * expired order never took money on purpose, so a refund on one means money arrived after it expired.
 * A wrong amount leaves no trace on the order, and a refund that failed looks like one still under way:
 * those two come live, and by email to the owners.
 */
export function alertsInOrders(orders: Iterable<Order>): BoardAlert[] {
  const alerts: BoardAlert[] = [];
  for (const order of orders) {
    const refunding = order.paymentStatus === "refund_pending" || order.paymentStatus === "refunded";
    if (order.paymentMethod !== "online" || order.status !== "expired" || !refunding) continue;
    alerts.push({
      orderId: order.id,
      pickupNumber: order.pickupNumber,
      tableLabel: order.table.label,
      reason: recoveredReason,
      amount: order.total,
      currency: order.currency,
      at: order.updatedAt,
    });
  }
  return alerts;
}

/**
 * Dismissed keys worth remembering across reloads: only those `alertsInOrders` could bring back, the
 * latest `limit` of them (a day's worth of problems, not a growing list).
 */
export function keysToRemember(dismissed: ReadonlySet<string>, limit = 100): string[] {
  const recoverable = `${recoveredReason}:`;
  return [...dismissed].filter((key) => key.startsWith(recoverable)).slice(-limit);
}
