import { useNow } from "../../lib/clock";
import { formatElapsed } from "../../lib/time";

/** Minutes after which a waiting order is flagged; a café's usual target is a few minutes per order. */
const WARN_AFTER_MIN = 10;
const LATE_AFTER_MIN = 20;

export function Elapsed({ since }: { since: string }) {
  const now = useNow();
  const ms = now - Date.parse(since);
  const minutes = ms / 60_000;
  const tone = minutes >= LATE_AFTER_MIN ? "late" : minutes >= WARN_AFTER_MIN ? "warn" : "ok";
  return (
    <time className={`elapsed elapsed-${tone}`} dateTime={since} title="Time since the order was placed">
      {formatElapsed(ms)}
    </time>
  );
}
