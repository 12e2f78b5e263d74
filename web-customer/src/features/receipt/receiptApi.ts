import type { Receipt, ReceiptLink } from "@tabletap/shared";
import { request } from "../../lib/api";

/** Anyone holding the link may read the receipt: no order token is sent or needed. */
export const getReceipt = (receiptToken: string, signal?: AbortSignal) =>
  request<Receipt>(`/api/receipts/${encodeURIComponent(receiptToken)}`, { signal });

/** The order's share link; the same one every time it is asked for. */
export const createReceiptLink = (orderId: string, orderToken: string) =>
  request<ReceiptLink>(`/api/orders/${encodeURIComponent(orderId)}/receipt`, {
    method: "POST",
    headers: { Authorization: `Bearer ${orderToken}` },
  });

export const emailReceipt = (orderId: string, orderToken: string, email: string) =>
  request<{ queued: true }>(`/api/orders/${encodeURIComponent(orderId)}/receipt/email`, {
    method: "POST",
    headers: { Authorization: `Bearer ${orderToken}` },
    body: { email },
  });
