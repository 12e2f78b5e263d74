import type { MerchantTable } from "@tabletap/shared";
import { useCallback, useEffect, useState } from "react";
import { api } from "../../lib/api";

export type TablesState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | { status: "ready"; tables: MerchantTable[] };

export function useTables(): { state: TablesState; reload: () => void } {
  const [state, setState] = useState<TablesState>({ status: "loading" });

  // `isCurrent` lets an answer that arrives after leaving the page be dropped.
  const load = useCallback(async (isCurrent: () => boolean) => {
    setState({ status: "loading" });
    const result = await api.tables();
    if (!isCurrent()) return;
    setState(
      result.ok
        ? { status: "ready", tables: result.data }
        : { status: "error", message: result.error.message },
    );
  }, []);

  useEffect(() => {
    let current = true;
    void load(() => current);
    return () => {
      current = false;
    };
  }, [load]);

  const reload = useCallback(() => void load(() => true), [load]);
  return { state, reload };
}
