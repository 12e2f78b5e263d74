import { ApiRequestError, startCheckout } from "../../lib/api";

/**
 * The payment provider's checkout page for a pay-first order. The provider sends the diner back to the
 * order page afterwards, paid or not, and the order page takes it from there.
 */
export async function checkoutUrlFor(orderId: string, orderToken: string, tip?: number): Promise<string> {
  const { checkoutUrl } = await startCheckout(orderId, orderToken, tip);
  // Only ever leave for a web page: a `javascript:` URL here would run in the shop's origin.
  const target = new URL(checkoutUrl, window.location.href);
  if (target.protocol !== "https:" && target.protocol !== "http:") {
    throw new ApiRequestError(502, "internal", `refused checkout URL ${target.protocol}`);
  }
  return target.href;
}

export const leaveForCheckout = (url: string): void => window.location.assign(url);
