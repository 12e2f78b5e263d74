import { sql } from "kysely";
import type { Db } from "../../db/database.js";

/** What a day's stored rollup is checked against: its order count and highest change seq. */
export interface DayPrint {
  day: string;
  orders: number | string;
  lastSeq: number | string;
}

export async function dayPrints(
  db: Db,
  shopId: string,
  range: { from: string; to: string },
): Promise<DayPrint[]> {
  const { rows } = await sql<DayPrint>`
    select business_day as day, count(*) as orders, max(seq) as last_seq from orders
    where shop_id = ${shopId} and business_day between ${range.from} and ${range.to}
    group by business_day`.execute(db);
  return rows;
}

export const findStoredRollups = (db: Db, shopId: string, range: { from: string; to: string }) =>
  db
    .selectFrom("reportDayRollups")
    .select(["businessDay", "fingerprint", "data"])
    .where("shopId", "=", shopId)
    .where("businessDay", ">=", range.from)
    .where("businessDay", "<=", range.to)
    .execute();

/** Stores (or replaces) days' rollups, in batches a statement can hold. */
export async function saveRollups(
  db: Db,
  rows: { shopId: string; businessDay: string; fingerprint: string; data: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 200) {
    await db
      .insertInto("reportDayRollups")
      .values(rows.slice(i, i + 200))
      .onConflict((oc) =>
        oc.columns(["shopId", "businessDay"]).doUpdateSet((eb) => ({
          fingerprint: eb.ref("excluded.fingerprint"),
          data: eb.ref("excluded.data"),
        })),
      )
      .execute();
  }
}
