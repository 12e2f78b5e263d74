import type { Receipt } from "@tabletap/shared";
import { text } from "../../lib/text";

/** One line on how the receipt was (or is to be) paid. */
export function paymentLabel({ payment }: Receipt): string {
  if (payment.status === "refunded" || payment.status === "refund_pending") return text.receipt.refunded;
  if (payment.status === "unpaid") return text.receipt.unpaid;
  if (payment.method === "online") return text.receipt.paidOnline;
  if (payment.tender === "cash") return text.receipt.paidCash;
  if (payment.tender === "card") return text.receipt.paidCard;
  return text.receipt.paidCounter;
}
