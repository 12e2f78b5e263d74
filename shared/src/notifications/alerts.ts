import { formatMoney } from "../money.js";
import type { PaymentAlert, PaymentAlertReason } from "./schemas.js";

export type PaymentAlertFacts = Omit<PaymentAlert, "message" | "at">;

const titles: Record<PaymentAlertReason, string> = {
  amount_mismatch: "Wrong payment amount",
  late_payment_refunded: "Late payment refunded",
  refund_failed: "Refund failed",
};

/**
 * What happened, in plain words for staff and owners, with money in the shop's currency and locale.
 * The server writes `message` (and the owners' email) with it and the board shows the same words.
 */
export function describePaymentAlert(
  alert: PaymentAlertFacts,
  locale: string,
): { title: string; detail: string } {
  const order = `order #${alert.pickupNumber} (${alert.tableLabel})`;
  const total = formatMoney(alert.amount, alert.currency, locale);
  const detail = (() => {
    switch (alert.reason) {
      case "amount_mismatch": {
        const reported = alert.reported
          ? formatMoney(alert.reported.amount, alert.reported.currency, locale)
          : "a different amount";
        return `The payment provider reported ${reported} for ${order}, which comes to ${total}. The order stays unpaid and has not gone to the kitchen. Check this payment with the provider.`;
      }
      case "late_payment_refunded":
        return `${capitalise(order)} was paid after it had run out of time to pay (or been cancelled), so it has not gone to the kitchen. The ${total} is being refunded to the diner automatically.`;
      case "refund_failed":
        return `The ${total} refund for ${order} did not go through after several tries. Refund it by hand with the payment provider.`;
    }
  })();
  return { title: titles[alert.reason], detail };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
