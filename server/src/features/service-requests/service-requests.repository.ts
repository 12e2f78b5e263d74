import type { ServiceRequest } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import type { ServiceRequestsTable } from "../../db/schema.js";

/** How long an answered call stays on the table's phones ("On the way"). */
const ANSWERED_SHOWN_MS = 15 * 60 * 1000;

const iso = (ms: number | string | null) => (ms === null ? null : new Date(Number(ms)).toISOString());

export const toServiceRequest = (row: ServiceRequestsTable): ServiceRequest => ({
  id: row.id,
  tableId: row.tableId,
  tableLabel: row.tableLabel,
  kind: row.kind,
  name: row.name,
  status: row.acknowledgedAt === null ? "open" : "acknowledged",
  urgent: row.escalatedAt !== null && row.acknowledgedAt === null,
  createdAt: iso(row.createdAt) ?? "",
  acknowledgedAt: iso(row.acknowledgedAt),
});

/**
 * Stores a new open call unless the table has one of this kind open already (the partial unique index
 * decides between racing taps without aborting the transaction). True when this call was stored.
 */
export async function insertOpenRequest(db: Db, row: ServiceRequestsTable): Promise<boolean> {
  const result = await db
    .insertInto("serviceRequests")
    .values(row)
    .onConflict((oc) => oc.columns(["tableId", "kind"]).where("acknowledgedAt", "is", null).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findOpenRequest(db: Db, tableId: string, kind: string): Promise<ServiceRequest> {
  const row = await db
    .selectFrom("serviceRequests")
    .selectAll()
    .where("tableId", "=", tableId)
    .where("kind", "=", kind)
    .where("acknowledgedAt", "is", null)
    .executeTakeFirstOrThrow();
  return toServiceRequest(row);
}

export async function findShopRequest(
  db: Db,
  shopId: string,
  id: string,
): Promise<ServiceRequest | undefined> {
  const row = await db
    .selectFrom("serviceRequests")
    .selectAll()
    .where("shopId", "=", shopId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row && toServiceRequest(row);
}

/** The board's list: every open call of the shop, oldest first. */
export async function listOpenRequests(db: Db, shopId: string): Promise<ServiceRequest[]> {
  const rows = await db
    .selectFrom("serviceRequests")
    .selectAll()
    .where("shopId", "=", shopId)
    .where("acknowledgedAt", "is", null)
    .orderBy("createdAt")
    .orderBy("id")
    .execute();
  return rows.map(toServiceRequest);
}

/** A table's phones: its open calls and those answered in the last minutes, newest first. */
export async function listTableRequests(db: Db, tableId: string, now: number): Promise<ServiceRequest[]> {
  const rows = await db
    .selectFrom("serviceRequests")
    .selectAll()
    .where("tableId", "=", tableId)
    .where((eb) =>
      eb.or([eb("acknowledgedAt", "is", null), eb("acknowledgedAt", ">=", now - ANSWERED_SHOWN_MS)]),
    )
    .orderBy("createdAt", "desc")
    .orderBy("id")
    .execute();
  return rows.map(toServiceRequest);
}

/** Acknowledges an open call of the shop; true only for the one change that answered it. */
export async function acknowledgeOpenRequest(
  db: Db,
  target: { shopId: string; id: string; staffId: string; now: number },
): Promise<boolean> {
  const result = await db
    .updateTable("serviceRequests")
    .set({ acknowledgedAt: target.now, acknowledgedBy: target.staffId })
    .where("shopId", "=", target.shopId)
    .where("id", "=", target.id)
    .where("acknowledgedAt", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * Marks a call urgent only if it is still open and not urgent yet: a retried or repeated escalation job,
 * or one that fires after a member of staff answered, changes nothing.
 */
export async function escalateOpenRequest(
  db: Db,
  id: string,
  now: number,
): Promise<{ shopId: string; request: ServiceRequest } | undefined> {
  const result = await db
    .updateTable("serviceRequests")
    .set({ escalatedAt: now })
    .where("id", "=", id)
    .where("acknowledgedAt", "is", null)
    .where("escalatedAt", "is", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return undefined;
  const row = await db
    .selectFrom("serviceRequests")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return { shopId: row.shopId, request: toServiceRequest(row) };
}
