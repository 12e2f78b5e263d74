import type { Coupon } from "@tabletap/shared";
import { useCallback, useEffect, useState } from "react";
import type { ApiResult } from "../../lib/api";
import { couponsApi } from "./couponsApi";

type State =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; coupons: Coupon[] };

export interface CouponsModel {
  state: State;
  reload: () => void;
  /** Runs a change and puts its answer in the list; resolves to the refusal's message, or null. */
  run: (call: Promise<ApiResult<Coupon>>) => Promise<string | null>;
}

export function useCoupons(): CouponsModel {
  const [state, setState] = useState<State>({ status: "loading" });
  const reload = useCallback(() => {
    setState({ status: "loading" });
    void couponsApi.list().then((result) => {
      setState(
        result.ok
          ? { status: "ready", coupons: result.data.coupons }
          : { status: "error", message: result.error.message },
      );
    });
  }, []);
  useEffect(reload, [reload]);

  const run = async (call: Promise<ApiResult<Coupon>>) => {
    const result = await call;
    if (!result.ok) return result.error.message;
    const saved = result.data;
    setState((current) => {
      if (current.status !== "ready") return current;
      const known = current.coupons.some((c) => c.id === saved.id);
      const coupons = known
        ? current.coupons.map((c) => (c.id === saved.id ? saved : c))
        : [saved, ...current.coupons];
      return { status: "ready", coupons };
    });
    return null;
  };

  return { state, reload, run };
}
