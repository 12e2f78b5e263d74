import { randomUUID } from "node:crypto";
import type { Station } from "@tabletap/shared";
import type { Db } from "../../db/database.js";

/** The shop's stations in their order, each with the dishes routed to it. */
export async function listStations(db: Db, shopId: string): Promise<Station[]> {
  const stations = await db
    .selectFrom("stations")
    .select(["id", "name", "isDefault"])
    .where("shopId", "=", shopId)
    .where("removedAt", "is", null)
    .orderBy("position")
    .execute();
  const routed = await db
    .selectFrom("stationItems")
    .select(["itemId", "stationId"])
    .where("shopId", "=", shopId)
    .orderBy("itemId")
    .execute();
  return stations.map((station) => ({
    id: station.id,
    name: station.name,
    isDefault: station.isDefault === 1,
    itemIds: routed.filter((row) => row.stationId === station.id).map((row) => row.itemId),
  }));
}

export async function findStation(
  db: Db,
  shopId: string,
  stationId: string,
): Promise<{ id: string; name: string; isDefault: boolean } | undefined> {
  const row = await db
    .selectFrom("stations")
    .select(["id", "name", "isDefault"])
    .where("shopId", "=", shopId)
    .where("id", "=", stationId)
    .where("removedAt", "is", null)
    .executeTakeFirst();
  return row && { id: row.id, name: row.name, isDefault: row.isDefault === 1 };
}

/** Adds a station; the shop's first one becomes its default, and a new default replaces the old. */
export async function insertStation(
  trx: Db,
  station: { shopId: string; name: string; isDefault: boolean; now: number },
): Promise<string> {
  const { shopId, now } = station;
  const last = await trx
    .selectFrom("stations")
    .select((eb) => eb.fn.max("position").as("position"))
    .where("shopId", "=", shopId)
    .executeTakeFirst();
  const live = await trx
    .selectFrom("stations")
    .select("id")
    .where("shopId", "=", shopId)
    .where("removedAt", "is", null)
    .execute();
  const isDefault = station.isDefault || live.length === 0;
  if (isDefault) await clearDefault(trx, shopId);
  const id = randomUUID();
  await trx
    .insertInto("stations")
    .values({
      id,
      shopId,
      name: station.name,
      isDefault: isDefault ? 1 : 0,
      position: last?.position === null || last?.position === undefined ? 0 : Number(last.position) + 1,
      createdAt: now,
      removedAt: null,
    })
    .execute();
  return id;
}

export async function renameStation(trx: Db, stationId: string, name: string): Promise<void> {
  await trx.updateTable("stations").set({ name }).where("id", "=", stationId).execute();
}

export async function makeDefault(trx: Db, shopId: string, stationId: string): Promise<void> {
  await clearDefault(trx, shopId);
  await trx.updateTable("stations").set({ isDefault: 1 }).where("id", "=", stationId).execute();
}

const clearDefault = (trx: Db, shopId: string) =>
  trx.updateTable("stations").set({ isDefault: 0 }).where("shopId", "=", shopId).execute();

/** Retires a station: its dishes go back to the default; lines already ordered keep naming it. */
export async function removeStation(trx: Db, stationId: string, now: number): Promise<void> {
  await trx.deleteFrom("stationItems").where("stationId", "=", stationId).execute();
  await trx.updateTable("stations").set({ removedAt: now }).where("id", "=", stationId).execute();
}

/** How many of these dishes are the shop's (not deleted); routing refuses anything else. */
export async function countShopItems(db: Db, shopId: string, itemIds: string[]): Promise<number> {
  if (itemIds.length === 0) return 0;
  const row = await db
    .selectFrom("items")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .where("shopId", "=", shopId)
    .where("id", "in", itemIds)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** Routes these dishes to the station (moving them from wherever they went before). */
export async function routeItems(
  trx: Db,
  route: { shopId: string; stationId: string; itemIds: string[] },
): Promise<void> {
  const { shopId, stationId, itemIds } = route;
  await trx.deleteFrom("stationItems").where("stationId", "=", stationId).execute();
  if (itemIds.length === 0) return;
  await trx.deleteFrom("stationItems").where("itemId", "in", itemIds).execute();
  await trx
    .insertInto("stationItems")
    .values(itemIds.map((itemId) => ({ itemId, shopId, stationId })))
    .execute();
}

/**
 * Where each of these dishes goes as an order is placed: its routed station, else the shop's default;
 * null everywhere for a shop without stations.
 */
export async function stationsForItems(
  trx: Db,
  shopId: string,
  itemIds: string[],
): Promise<(itemId: string) => string | null> {
  const fallback = await trx
    .selectFrom("stations")
    .select("id")
    .where("shopId", "=", shopId)
    .where("isDefault", "=", 1)
    .where("removedAt", "is", null)
    .executeTakeFirst();
  if (!fallback) return () => null;
  const routed =
    itemIds.length === 0
      ? []
      : await trx
          .selectFrom("stationItems")
          .select(["itemId", "stationId"])
          .where("itemId", "in", [...new Set(itemIds)])
          .execute();
  const byItem = new Map(routed.map((row) => [row.itemId, row.stationId]));
  return (itemId) => byItem.get(itemId) ?? fallback.id;
}
