import type { Db } from "../../db/database.js";

/** The stations the order's lines went to, and those of them that bumped their part. */
export async function stationProgress(
  trx: Db,
  orderId: string,
): Promise<{ stations: string[]; done: string[] }> {
  const lines = await trx
    .selectFrom("orderLines")
    .select("stationId")
    .distinct()
    .where("orderId", "=", orderId)
    .where("stationId", "is not", null)
    .execute();
  const bumps = await trx
    .selectFrom("orderStationBumps")
    .select("stationId")
    .where("orderId", "=", orderId)
    .execute();
  return {
    stations: lines.map((line) => line.stationId).filter((id): id is string => id !== null),
    done: bumps.map((bump) => bump.stationId),
  };
}

/** Records a station's bump once; a second tap changes nothing. */
export async function insertBump(
  trx: Db,
  bump: { orderId: string; stationId: string; shopId: string; staffId: string; now: number },
): Promise<void> {
  await trx
    .insertInto("orderStationBumps")
    .values({
      orderId: bump.orderId,
      stationId: bump.stationId,
      shopId: bump.shopId,
      staffId: bump.staffId,
      bumpedAt: bump.now,
    })
    .onConflict((oc) => oc.columns(["orderId", "stationId"]).doNothing())
    .execute();
}
