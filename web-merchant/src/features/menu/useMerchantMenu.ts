import type { MerchantMenu } from "@tabletap/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiResult } from "../../lib/api";
import { menuApi } from "./menuApi";

export type MenuLoad =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; menu: MerchantMenu };

export interface MerchantMenuState {
  load: MenuLoad;
  reload: () => Promise<void>;
  /** Runs one change, then reloads the menu; answers the server's message when it was refused. */
  run: <T>(
    call: () => Promise<ApiResult<T>>,
  ) => Promise<{ ok: true; data: T } | { ok: false; message: string }>;
  /** The last refusal, until the next change succeeds. */
  error: string | null;
  busy: boolean;
}

/** The console's copy of the menu: fetched whole, and fetched again after every change it makes. */
export function useMerchantMenu(): MerchantMenuState {
  const [load, setLoad] = useState<MenuLoad>({ status: "loading" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const alive = useRef(true);

  const reload = useCallback(async () => {
    const result = await menuApi.menu();
    if (!alive.current) return;
    setLoad((current) => {
      if (result.ok) return { status: "ready", menu: result.data };
      return current.status === "ready" ? current : { status: "error", message: result.error.message };
    });
  }, []);

  useEffect(() => {
    alive.current = true;
    void reload();
    return () => {
      alive.current = false;
    };
  }, [reload]);

  const run = useCallback(
    async <T>(call: () => Promise<ApiResult<T>>) => {
      setBusy(true);
      const result = await call();
      if (result.ok) setError(null);
      else setError(result.error.message);
      await reload();
      if (alive.current) setBusy(false);
      return result.ok
        ? ({ ok: true, data: result.data } as const)
        : ({ ok: false, message: result.error.message } as const);
    },
    [reload],
  );

  return { load, reload, run, error, busy };
}
