import type { Receipt } from "@tabletap/shared";
import { t } from "../language/i18n";

/** One line on how the receipt was (or is to be) paid. */
export function paymentLabel({ payment }: Receipt): string {
  if (payment.status === "refunded" || payment.status === "refund_pending") return t("receipt.refunded");
  if (payment.status === "unpaid") return t("receipt.unpaid");
  if (payment.method === "online") return t("receipt.paidOnline");
  if (payment.tender === "cash") return t("receipt.paidCash");
  if (payment.tender === "card") return t("receipt.paidCard");
  return t("receipt.paidCounter");
}
