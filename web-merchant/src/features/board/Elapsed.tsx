import { useNow } from "../../lib/clock";
import { formatElapsed } from "../../lib/time";

/** Minutes after which an order in the kitchen is flagged; a café's usual target is a few minutes per order. */
const KITCHEN_LIMITS = { warnMs: 10 * 60_000, lateMs: 20 * 60_000 };

export interface ElapsedLimits {
  warnMs: number;
  lateMs: number;
}

/** Time since the order was placed, ticking every second; amber when it gets long, red when late. */
export function Elapsed({ since, limits = KITCHEN_LIMITS }: { since: string; limits?: ElapsedLimits }) {
  const now = useNow();
  const ms = now - Date.parse(since);
  const tone = ms >= limits.lateMs ? "late" : ms >= limits.warnMs ? "warn" : "ok";
  return (
    <time
      className={`elapsed elapsed-${tone}`}
      dateTime={since}
      title="Time since the order was placed"
      data-testid="elapsed"
    >
      {formatElapsed(ms)}
    </time>
  );
}
