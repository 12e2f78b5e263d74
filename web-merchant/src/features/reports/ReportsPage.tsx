import { type DayRange, formatMoney, localDay, presetRange } from "@tabletap/shared";
import { useMemo, useState } from "react";
import { useStaffSession } from "../auth/session";
import { BreakdownTables } from "./BreakdownTables";
import { ClosingPanel } from "./ClosingPanel";
import { comparedWith } from "./change";
import { KpiCards } from "./KpiCards";
import { type Choice, RangePicker } from "./RangePicker";
import { reportsApi } from "./reportsApi";
import { SalesCharts } from "./SalesCharts";
import { useSalesReport } from "./useSalesReport";
import "./reports.css";

const rangeText = (range: DayRange) => (range.from === range.to ? range.from : `${range.from} – ${range.to}`);

/** Sales for managers and owners; loaded on demand with its chart library, so the board stays light. */
export default function ReportsPage() {
  const { shop } = useStaffSession();
  const today = localDay(Date.now(), shop.timezone);
  const [choice, setChoice] = useState<Choice>("last7");
  const [range, setRange] = useState<DayRange>(() => presetRange("last7", today));
  const state = useSalesReport(range);
  const report = state.report;
  const { money, compact } = useMemo(() => {
    const full = (minor: number) => formatMoney(minor, shop.currency, shop.locale);
    const digits =
      new Intl.NumberFormat("en", { style: "currency", currency: shop.currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    // Whole units for chart axes; compact notation would need CJK glyphs (万) on many tablets.
    const short = new Intl.NumberFormat(shop.locale, {
      style: "currency",
      currency: shop.currency,
      maximumFractionDigits: 0,
    });
    return { money: full, compact: (minor: number) => short.format(minor / 10 ** digits) };
  }, [shop.currency, shop.locale]);

  return (
    <main className="reports-page" aria-busy={state.status === "loading"}>
      <header className="reports-head">
        <div>
          <h1>Sales</h1>
          <p className="muted">
            {rangeText(range)} · compared with{" "}
            {report ? comparedWith(report.previous, today) : "the period before"} · days in {shop.timezone}
          </p>
        </div>
        <a className="button button-primary" href={reportsApi.csvUrl(range, "orders")} download>
          Download all orders (CSV)
        </a>
      </header>
      <RangePicker
        today={today}
        choice={choice}
        range={range}
        onChange={(nextChoice, nextRange) => {
          setChoice(nextChoice);
          if (nextRange.from !== range.from || nextRange.to !== range.to) setRange(nextRange);
        }}
      />
      {state.status === "failed" && (
        <p className="form-error" role="alert">
          {state.error.message}
        </p>
      )}
      {!report && state.status === "loading" && (
        <p className="muted" role="status">
          Loading sales…
        </p>
      )}
      {report && (
        <div className={state.status === "loading" ? "report-body is-stale" : "report-body"}>
          <KpiCards totals={report.totals} previous={report.previous.totals} money={money} />
          <SalesCharts report={report} money={money} compact={compact} />
          <BreakdownTables report={report} range={range} money={money} />
        </div>
      )}
      <ClosingPanel today={today} money={money} />
    </main>
  );
}
