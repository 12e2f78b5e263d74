import type { DayRange, SalesReport } from "@tabletap/shared";
import { useEffect, useState } from "react";
import type { RequestFailure } from "../../lib/api";
import { reportsApi } from "./reportsApi";

export type ReportState =
  | { status: "loading"; report?: SalesReport }
  | { status: "ready"; report: SalesReport }
  | { status: "failed"; error: RequestFailure; report?: SalesReport };

/** Loads the report for a range; the previous report stays on screen (dimmed) while the next one loads. */
export function useSalesReport(range: DayRange): ReportState {
  const [state, setState] = useState<ReportState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    setState((current) => ({ status: "loading", ...(current.report ? { report: current.report } : {}) }));
    void reportsApi.sales(range).then((result) => {
      if (!live) return;
      setState((current) =>
        result.ok
          ? { status: "ready", report: result.data }
          : { status: "failed", error: result.error, ...(current.report ? { report: current.report } : {}) },
      );
    });
    return () => {
      live = false;
    };
  }, [range]);
  return state;
}
