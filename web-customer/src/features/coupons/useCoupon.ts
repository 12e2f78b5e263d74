import type { CouponPreview, OrderLineInput, PublicTable } from "@tabletap/shared";
import { useEffect, useState } from "react";
import { ApiRequestError } from "../../lib/api";
import { deviceId } from "../../lib/deviceId";
import { t } from "../language/i18n";
import { previewCoupon } from "./couponApi";
import { loadCouponCode, saveCouponCode } from "./couponStorage";

export interface CouponState {
  /** The code the diner applied, kept while the cart changes (the discount is checked again). */
  code: string | null;
  /** The server's discount on the current cart; null while checking or when refused. */
  preview: CouponPreview | null;
  /** The server's sentence for a refused code. */
  error: string | null;
  checking: boolean;
  apply: (code: string) => void;
  remove: () => void;
}

/**
 * The cart's promotion code. The server prices the cart and the discount (the diner app never computes
 * money it charges), so every change of lines asks again.
 */
export function useCoupon(table: PublicTable, token: string, lines: OrderLineInput[]): CouponState {
  const [code, setCode] = useState<string | null>(() => loadCouponCode(token));
  const [preview, setPreview] = useState<CouponPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const linesKey = JSON.stringify(lines);

  useEffect(() => {
    // Keyed by content: a new array with the same lines asks nothing new.
    const current = JSON.parse(linesKey) as OrderLineInput[];
    if (code === null || current.length === 0) return;
    const abort = new AbortController();
    setChecking(true);
    const tokenField = table.kind === "counter" ? { counterToken: token } : { tableToken: token };
    previewCoupon(
      { ...tokenField, lines: current, couponCode: code, deviceId: deviceId() },
      abort.signal,
    ).then(
      (answer) => {
        setPreview(answer);
        setError(null);
        setChecking(false);
      },
      (failure: unknown) => {
        if (abort.signal.aborted) return;
        setPreview(null);
        setError(failure instanceof ApiRequestError ? failure.message : t("errors.generic"));
        setChecking(false);
      },
    );
    return () => abort.abort();
  }, [code, linesKey, table.kind, token]);

  return {
    code,
    preview: code !== null && preview?.couponCode === code.toUpperCase() ? preview : null,
    error: code === null ? null : error,
    checking,
    apply: (next) => {
      setPreview(null);
      setError(null);
      const applied = next.trim().toUpperCase();
      setCode(applied);
      saveCouponCode(token, applied);
    },
    remove: () => {
      setCode(null);
      saveCouponCode(token, null);
      setPreview(null);
      setError(null);
    },
  };
}
