import type { Db } from "@tabletap/server/db/database";
import type { Database } from "@tabletap/server/db/schema";

/** Tables a refused request could touch; a refusal must leave every row of them as it was. */
const watched = [
  "shops",
  "staff",
  "staffInvitations",
  "tables",
  "retiredTableTokens",
  "tableSittings",
  "categories",
  "items",
  "optionGroups",
  "options",
  "menuPhotos",
  "orders",
  "orderLines",
  "orderStatusChanges",
  "pickupCounters",
  "outbox",
  "notifications",
  "payments",
  "paymentEvents",
  "sandboxCheckouts",
  "pushSubscriptions",
  "tableCarts",
  "tableCartLines",
  "coupons",
  "couponRedemptions",
  "dishRatings",
  "receipts",
  "receiptEmails",
  "dailySummaries",
  "appSettings",
] as const satisfies readonly (keyof Database)[];

/** Every row of the watched tables, sorted, so two snapshots compare equal exactly when nothing changed. */
export async function rowSnapshot(db: Db): Promise<Record<string, string[]>> {
  const snapshot: Record<string, string[]> = {};
  for (const table of watched) {
    const rows = await db.selectFrom(table).selectAll().execute();
    snapshot[table] = rows
      .map((row) =>
        JSON.stringify(row, (_key, value) =>
          Buffer.isBuffer(value) || (value as { type?: string })?.type === "Buffer" ? "<bytes>" : value,
        ),
      )
      .sort();
  }
  return snapshot;
}
