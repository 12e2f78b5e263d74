import type { OrderStatus } from "@tabletap/shared";
import type { AlertCause } from "./payment-alerts.js";

/** A stored provider notification, joined with the payment it names and what that payment's order owes. */
export interface Notification {
  provider: string;
  providerRef: string;
  type: string;
  amount: number;
  currency: string;
  /** Set once a run has applied it: a later run, or a duplicate delivery, has nothing left to do. */
  outcome: string | null;
  paymentId: string | null;
  shopId: string | null;
  orderId: string | null;
  paymentStatus: string | null;
  paymentAmount: number | null;
  paymentCurrency: string | null;
  total: number | null;
  tip: number | null;
  orderStatus: string | null;
}

export interface PaymentRef {
  id: string;
  shopId: string;
  orderId: string;
  status: string | null;
}

/** What a notification asks for, before the database says whether it still applies. */
export type Judgement =
  | { kind: "already_settled" }
  | { kind: "unknown_payment" }
  | { kind: "failure"; payment: PaymentRef }
  | { kind: "amount_mismatch"; payment: PaymentRef; reported: { amount: number; currency: string } }
  | { kind: "payment"; payment: PaymentRef; from: OrderStatus };

/**
 * A success counts only for exactly what the diner owes (the order's total plus the tip chosen at checkout,
 * both fixed once checkout opened), and only in the amount and currency the payment was opened for.
 */
export function judgeNotification(event: Notification): Judgement {
  if (event.outcome !== null) return { kind: "already_settled" };
  const { paymentId, shopId, orderId } = event;
  if (paymentId === null || shopId === null || orderId === null) return { kind: "unknown_payment" };
  const payment = { id: paymentId, shopId, orderId, status: event.paymentStatus };
  if (event.type === "payment.failed") return { kind: "failure", payment };
  // The join found the payment but not its order: the data is broken, not the notification.
  if (event.total === null || event.tip === null)
    throw new Error(`payment ${paymentId} has no order ${orderId}`);
  const owed = event.total + event.tip;
  if (
    event.amount !== owed ||
    event.amount !== event.paymentAmount ||
    event.currency !== event.paymentCurrency
  ) {
    return { kind: "amount_mismatch", payment, reported: { amount: event.amount, currency: event.currency } };
  }
  return { kind: "payment", payment, from: event.orderStatus as OrderStatus };
}

/** A failure only lands on a payment still waiting; anything later is never downgraded. */
export const failureOutcome = (applied: boolean, paymentStatus: string | null): string =>
  applied ? "failed" : `ignored_${paymentStatus}`;

export type PaymentOutcome = "duplicate" | "paid" | "refunded_late";

/**
 * After the conditional "pending or failed → paid" update (`applied`) and the order's move to placed
 * (`placed`): a second success is a duplicate; money for an order that expired or was cancelled meanwhile
 * is kept on record and given back.
 */
export function paymentOutcome(step: { applied: boolean; placed: boolean }): PaymentOutcome {
  if (!step.applied) return "duplicate";
  return step.placed ? "paid" : "refunded_late";
}

/**
 * Whom to tell about an outcome besides the order's own event (which its status change announces): people,
 * about money that came too late and went back, or an amount that does not match what is owed.
 */
export function alertFor(
  outcome: string,
  reported?: { amount: number; currency: string },
): Omit<AlertCause, "orderId"> | undefined {
  switch (outcome) {
    case "refunded_late":
      return { reason: "late_payment_refunded" };
    case "amount_mismatch":
      return { reason: "amount_mismatch", ...(reported ? { reported } : {}) };
    default:
      return undefined;
  }
}

/** Outcomes other than a plain payment or failure are worth a line in the log. */
export const isUnusual = (outcome: string): boolean => outcome !== "paid" && outcome !== "failed";

/** BullMQ will not try again after this run (`attemptsMade` counts the runs that failed before it). */
export const isLastAttempt = (attemptsMade: number, attempts: number | undefined): boolean =>
  attemptsMade + 1 >= (attempts ?? 1);

/**
 * What a provider's answer about a payment left pending becomes: an event fed through the same confirmation
 * as a webhook, keyed one per payment and outcome so asking again stores nothing new; nothing while the
 * provider has no answer or is still waiting itself.
 */
export function reconciledEvent(
  paymentId: string,
  answer: { status: "pending" | "paid" | "failed" } | undefined,
): { type: "payment.succeeded" | "payment.failed"; eventId: string } | undefined {
  if (!answer || answer.status === "pending") return undefined;
  return {
    type: answer.status === "paid" ? "payment.succeeded" : "payment.failed",
    eventId: `reconcile:${paymentId}:${answer.status}`,
  };
}
