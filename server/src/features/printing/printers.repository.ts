import { randomUUID } from "node:crypto";
import type { CreatePrinter, Printer, PrinterEncoding, PrinterState, UpdatePrinter } from "@tabletap/shared";
import type { Selectable } from "kysely";
import type { Db } from "../../db/database.js";
import type { PrintersTable } from "../../db/schema.js";

export type PrinterRow = Selectable<PrintersTable>;

export const printerView = (row: PrinterRow): Printer => ({
  id: row.id,
  stationId: row.stationId,
  name: row.name,
  host: row.host,
  port: row.port,
  encoding: row.encoding as PrinterEncoding,
  enabled: row.enabled === 1,
  state: row.state as PrinterState,
  lastError: row.lastError,
  stateAt: row.stateAt === null ? null : new Date(Number(row.stateAt)).toISOString(),
});

export async function listPrinters(db: Db, shopId: string): Promise<Printer[]> {
  const rows = await db
    .selectFrom("printers")
    .selectAll()
    .where("shopId", "=", shopId)
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
  return rows.map(printerView);
}

export const findPrinter = (db: Db, shopId: string, printerId: string): Promise<PrinterRow | undefined> =>
  db
    .selectFrom("printers")
    .selectAll()
    .where("shopId", "=", shopId)
    .where("id", "=", printerId)
    .executeTakeFirst();

export async function insertPrinter(
  db: Db,
  printer: CreatePrinter & { shopId: string; now: number },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto("printers")
    .values({
      id,
      shopId: printer.shopId,
      stationId: printer.stationId,
      name: printer.name,
      host: printer.host,
      port: printer.port,
      encoding: printer.encoding,
      enabled: printer.enabled ? 1 : 0,
      lastError: null,
      stateAt: null,
      createdAt: printer.now,
    })
    .execute();
  return id;
}

export async function updatePrinter(db: Db, printerId: string, change: UpdatePrinter): Promise<void> {
  const { enabled, ...rest } = change;
  const set = { ...rest, ...(enabled === undefined ? {} : { enabled: enabled ? 1 : 0 }) };
  if (Object.keys(set).length === 0) return;
  await db.updateTable("printers").set(set).where("id", "=", printerId).execute();
}

/** Records what an attempt found; the printer as it now is when its state changed, else undefined. */
export async function recordPrinterState(
  db: Db,
  printerId: string,
  seen: { state: PrinterState; lastError: string | null; at: number },
): Promise<PrinterRow | undefined> {
  const before = await db
    .selectFrom("printers")
    .select("state")
    .where("id", "=", printerId)
    .executeTakeFirst();
  await db
    .updateTable("printers")
    .set({ state: seen.state, lastError: seen.lastError, stateAt: seen.at })
    .where("id", "=", printerId)
    .execute();
  if (!before || before.state === seen.state) return undefined;
  return db.selectFrom("printers").selectAll().where("id", "=", printerId).executeTakeFirst();
}

/** The switched-on printers serving these stations. */
export async function printersOfStations(
  trx: Db,
  shopId: string,
  stationIds: string[],
): Promise<{ id: string; stationId: string }[]> {
  if (stationIds.length === 0) return [];
  return trx
    .selectFrom("printers")
    .select(["id", "stationId"])
    .where("shopId", "=", shopId)
    .where("stationId", "in", stationIds)
    .where("enabled", "=", 1)
    .orderBy("id")
    .execute();
}
