import { type DailySummary, dailySummarySchema, formatMoney } from "@tabletap/shared";
import { useEffect, useState } from "react";
import { Link } from "wouter";
import { useStaffSession } from "../auth/session";
import { useOrderFeed } from "../board/OrderFeedProvider";

/** The console's notice that the end-of-day job stored a day's sales, until someone dismisses it. */
export function DayClosedNotice() {
  const { shop } = useStaffSession();
  const { onDayClosed } = useOrderFeed();
  const [summary, setSummary] = useState<DailySummary | null>(null);
  useEffect(
    () =>
      onDayClosed((payload) => {
        const parsed = dailySummarySchema.safeParse(payload);
        if (parsed.success) setSummary(parsed.data);
      }),
    [onDayClosed],
  );
  if (!summary) return null;
  const net = formatMoney(summary.totals.net, shop.currency, shop.locale);
  return (
    <div className="day-closed-notice" role="status">
      <span>
        Day closed: {summary.day} — net sales {net} from {summary.totals.orders} orders.
      </span>
      <Link href="/reports">Open sales</Link>
      <button type="button" className="button button-quiet" onClick={() => setSummary(null)}>
        Dismiss
      </button>
    </div>
  );
}
