import type { Db } from "../../db/database.js";
import { computeRollups, type DayRollup } from "./day-rollups.repository.js";
import { dayPrints, findStoredRollups, saveRollups } from "./stored-rollups.repository.js";

// Bump when DayRollup's shape or meaning changes, so stored rows are recomputed.
const VERSION = "r2";

/**
 * The rollup of every day in [from, to] that has orders, from `report_day_rollups` where the day's
 * fingerprint (order count, highest change seq, timezone) still matches, recomputed and stored otherwise.
 * The fingerprint is read before computing, so a change racing the computation only makes the row stale.
 */
export async function dayRollups(
  db: Db,
  shop: { shopId: string; timeZone: string },
  range: { from: string; to: string },
): Promise<Map<string, DayRollup>> {
  const [prints, stored] = await Promise.all([
    dayPrints(db, shop.shopId, range),
    findStoredRollups(db, shop.shopId, range),
  ]);
  const saved = new Map(stored.map((row) => [row.businessDay, row]));
  const result = new Map<string, DayRollup>();
  const stale: { day: string; fingerprint: string }[] = [];
  for (const print of prints) {
    const fingerprint = `${VERSION}:${Number(print.orders)}:${Number(print.lastSeq)}:${shop.timeZone}`;
    const row = saved.get(print.day);
    if (row?.fingerprint === fingerprint) result.set(print.day, JSON.parse(row.data) as DayRollup);
    else stale.push({ day: print.day, fingerprint });
  }
  if (stale.length === 0) return result;
  const fresh = await computeRollups(
    db,
    shop,
    stale.map((s) => s.day),
  );
  const rows = stale.map(({ day, fingerprint }) => {
    const rollup = fresh.get(day);
    if (rollup) result.set(day, rollup);
    return { shopId: shop.shopId, businessDay: day, fingerprint, data: JSON.stringify(rollup) };
  });
  await saveRollups(db, rows);
  return result;
}
