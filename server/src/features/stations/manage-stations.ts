import type { CreateStation, Station, UpdateStation } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/unit-of-work.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import { lockShop } from "../shops/index.js";
import {
  countShopItems,
  findStation,
  insertStation,
  listStations,
  makeDefault,
  removeStation,
  renameStation,
  routeItems,
} from "./stations.repository.js";

const noStation = () => fail("not_found", "No such station in this shop");

// Every change takes the shop's row first, so two managers editing at once leave exactly one default.
const underShop = <T>(db: Db, shopId: string, work: (trx: Db) => Promise<Result<T>>) =>
  inTransaction(db, async (trx) => {
    await lockShop(trx, shopId);
    return work(trx);
  });

async function stationOf(db: Db, shopId: string, stationId: string): Promise<Result<Station>> {
  const station = (await listStations(db, shopId)).find((each) => each.id === stationId);
  return station ? succeed(station) : noStation();
}

export function createStation(
  db: Db,
  shopId: string,
  input: CreateStation,
  now: number,
): Promise<Result<Station>> {
  return underShop(db, shopId, async (trx) => {
    const id = await insertStation(trx, {
      shopId,
      name: input.name,
      isDefault: input.isDefault === true,
      now,
    });
    return stationOf(trx, shopId, id);
  });
}

export function updateStation(
  db: Db,
  change: { shopId: string; stationId: string; input: UpdateStation },
): Promise<Result<Station>> {
  const { shopId, stationId, input } = change;
  return underShop(db, shopId, async (trx) => {
    if (!(await findStation(trx, shopId, stationId))) return noStation();
    if (input.name !== undefined) await renameStation(trx, stationId, input.name);
    if (input.isDefault) await makeDefault(trx, shopId, stationId);
    return stationOf(trx, shopId, stationId);
  });
}

/** The default station stays while others exist (make another the default first); the last one may go. */
export function deleteStation(
  db: Db,
  change: { shopId: string; stationId: string; now: number },
): Promise<Result<Station[]>> {
  const { shopId, stationId } = change;
  return underShop(db, shopId, async (trx) => {
    const station = await findStation(trx, shopId, stationId);
    if (!station) return noStation();
    const all = await listStations(trx, shopId);
    if (station.isDefault && all.length > 1) {
      return fail("station_is_default", "Make another station the default before removing this one");
    }
    await removeStation(trx, stationId, change.now);
    return succeed(await listStations(trx, shopId));
  });
}

/** Routes exactly these dishes to the station; dishes it had before and not listed go back to the default. */
export function routeStationItems(
  db: Db,
  change: { shopId: string; stationId: string; itemIds: string[] },
): Promise<Result<Station>> {
  const { shopId, stationId } = change;
  const itemIds = [...new Set(change.itemIds)];
  return underShop(db, shopId, async (trx) => {
    if (!(await findStation(trx, shopId, stationId))) return noStation();
    if ((await countShopItems(trx, shopId, itemIds)) !== itemIds.length) {
      return fail("unknown_item", "A dish in the list is not on this shop's menu");
    }
    await routeItems(trx, { shopId, stationId, itemIds });
    return stationOf(trx, shopId, stationId);
  });
}
