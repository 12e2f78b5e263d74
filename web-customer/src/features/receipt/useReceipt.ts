import type { Receipt } from "@tabletap/shared";
import { useEffect, useState } from "react";
import { ApiRequestError } from "../../lib/api";
import { t } from "../language/i18n";
import { getReceipt } from "./receiptApi";

export type ReceiptState =
  | { state: "loading" }
  | { state: "ready"; receipt: Receipt }
  | { state: "missing" }
  | { state: "failed"; message: string };

/** Loads a receipt by its share token; `retry` asks again after a network failure. */
export function useReceipt(receiptToken: string): ReceiptState & { retry: () => void } {
  const [result, setResult] = useState<ReceiptState>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the load on purpose.
  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: "loading" });
    getReceipt(receiptToken, controller.signal).then(
      (receipt) => setResult({ state: "ready", receipt }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (error instanceof ApiRequestError && error.status === 404) setResult({ state: "missing" });
        else
          setResult({
            state: "failed",
            message: error instanceof Error ? error.message : t("errors.generic"),
          });
      },
    );
    return () => controller.abort();
  }, [receiptToken, attempt]);
  return { ...result, retry: () => setAttempt((n) => n + 1) };
}
