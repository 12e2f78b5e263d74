import { useState } from "react";
import { useLocation } from "wouter";
import { ApiRequestError } from "../../lib/api";
import { rememberReceipt } from "../../lib/orderStore";
import { t } from "../language/i18n";
import { createReceiptLink } from "./receiptApi";

/** Gets (or makes) an order's receipt link, remembers it on this phone, and goes there. */
export function useOpenReceipt() {
  const [, navigate] = useLocation();
  const [opening, setOpening] = useState<string | undefined>();
  const [error, setError] = useState<{ orderId: string; message: string } | undefined>();
  const open = async (orderId: string, orderToken: string) => {
    setOpening(orderId);
    setError(undefined);
    try {
      const link = await createReceiptLink(orderId, orderToken);
      rememberReceipt(orderId, link.receiptToken);
      navigate(link.path);
    } catch (failure) {
      setError({
        orderId,
        message: failure instanceof ApiRequestError ? failure.message : t("errors.generic"),
      });
      setOpening(undefined);
    }
  };
  return { open: (orderId: string, orderToken: string) => void open(orderId, orderToken), opening, error };
}
