import { useEffect, useState } from "react";
import { ApiRequestError } from "../../lib/api";
import { t } from "../language/i18n";
import { checkoutUrlFor, leaveForCheckout } from "./checkout";

export interface PayNow {
  pay: () => void;
  busy: boolean;
  error: string | null;
}

/**
 * "Pay now" on a pay-first order: reopens the provider's checkout (the server hands back the same one).
 * `onSettled` refreshes the order when the server says there is nothing left to pay (it was just paid or
 * ran out of time), so the page shows why instead of an error.
 */
export function usePayNow(orderId: string, orderToken: string, onSettled: () => void): PayNow {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // Back from the provider may restore this page from the back/forward cache with the button still busy.
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) setBusy(false);
    };
    window.addEventListener("pageshow", onShow);
    return () => window.removeEventListener("pageshow", onShow);
  }, []);

  const pay = () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    checkoutUrlFor(orderId, orderToken).then(leaveForCheckout, (failure: unknown) => {
      setBusy(false);
      if (failure instanceof ApiRequestError && failure.code === "payment_not_needed") return onSettled();
      setError(failure instanceof ApiRequestError ? failure.message : t("errors.generic"));
    });
  };

  return { pay, busy, error };
}
