import { receiptRoutes } from "@tabletap/shared";
import { bearer, call } from "../../lib/api";

/** Anyone holding the link may read the receipt: no order token is sent or needed. */
export const getReceipt = (token: string, signal?: AbortSignal) =>
  call(receiptRoutes.getReceipt, { params: { token }, signal });

/** The order's share link; the same one every time it is asked for. */
export const createReceiptLink = (id: string, orderToken: string) =>
  call(receiptRoutes.createReceiptLink, { params: { id }, headers: bearer(orderToken) });

export const emailReceipt = (id: string, orderToken: string, email: string) =>
  call(receiptRoutes.emailReceipt, { params: { id }, headers: bearer(orderToken), body: { email } });
