import type { MerchantTable, MerchantTableList } from "@tabletap/shared";
import { useCallback, useEffect, useState } from "react";
import type { ApiResult } from "../../lib/api";
import { connectMerchantSocket } from "../../lib/socket";
import { tablesApi } from "./tablesApi";

export type TablesState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | ({ status: "ready" } & MerchantTableList);

export interface TablesModel {
  state: TablesState;
  reload: () => void;
  /** Runs a table change and folds the answer in; resolves to the server's refusal, if any. */
  run: (call: Promise<ApiResult<MerchantTable>>) => Promise<string | null>;
  setSittingsEnabled: (enabled: boolean) => Promise<string | null>;
}

const upsert = (tables: MerchantTable[], table: MerchantTable) =>
  tables.some((t) => t.id === table.id)
    ? tables.map((t) => (t.id === table.id ? table : t))
    : [...tables, table];

/** The shop's tables, kept current by `table:updated` so two tablets never disagree about who is seated. */
export function useTables(options: { live?: boolean } = {}): TablesModel {
  const live = options.live ?? true;
  const [state, setState] = useState<TablesState>({ status: "loading" });

  const apply = useCallback((table: MerchantTable) => {
    setState((current) =>
      current.status === "ready" ? { ...current, tables: upsert(current.tables, table) } : current,
    );
  }, []);

  // `isCurrent` lets an answer that arrives after leaving the page be dropped.
  const load = useCallback(async (isCurrent: () => boolean) => {
    const result = await tablesApi.list();
    if (!isCurrent()) return;
    setState(
      result.ok ? { status: "ready", ...result.data } : { status: "error", message: result.error.message },
    );
  }, []);

  useEffect(() => {
    let current = true;
    void load(() => current);
    if (!live) {
      return () => {
        current = false;
      };
    }
    const socket = connectMerchantSocket();
    socket.on("table:updated", apply);
    // Whatever changed while disconnected comes back with a fresh list.
    socket.io.on("reconnect", () => void load(() => current));
    return () => {
      current = false;
      socket.disconnect();
    };
  }, [load, apply, live]);

  const reload = useCallback(() => {
    setState({ status: "loading" });
    void load(() => true);
  }, [load]);

  const run = useCallback(
    async (call: Promise<ApiResult<MerchantTable>>) => {
      const result = await call;
      if (result.ok) apply(result.data);
      return result.ok ? null : result.error.message;
    },
    [apply],
  );

  const setSittingsEnabled = useCallback(async (sittingsEnabled: boolean) => {
    const result = await tablesApi.saveSettings({ sittingsEnabled });
    if (!result.ok) return result.error.message;
    setState((current) => (current.status === "ready" ? { ...current, ...result.data } : current));
    return null;
  }, []);

  return { state, reload, run, setSittingsEnabled };
}
