import { type Kysely, PostgresAdapter } from "kysely";

// Money columns an order's sums land in. SQLite integers are 64-bit already; PostgreSQL `integer` is 32-bit,
// so a total or a provider's amount past 21,474,836.47 would fail the insert instead of being refused by
// the money limits (shared `money-limits.ts`) with a clear answer. Items, options and coupons keep
// `integer`: their schemas bound them far below it.
const moneyColumns: [table: string, column: string][] = [
  ["orders", "subtotal"],
  ["orders", "discount"],
  ["orders", "total"],
  ["orders", "tip"],
  ["order_lines", "unit_price"],
  ["order_lines", "line_total"],
  ["payments", "amount"],
  ["payment_events", "amount"],
  ["sandbox_checkouts", "amount"],
];

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

async function setType(db: Kysely<unknown>, type: "bigint" | "integer"): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [table, column] of moneyColumns) {
    await db.schema
      .alterTable(table)
      .alterColumn(column, (c) => c.setDataType(type))
      .execute();
  }
}

export const up = (db: Kysely<unknown>): Promise<void> => setType(db, "bigint");

/** Fails (and changes nothing) if a stored amount no longer fits 32 bits. */
export const down = (db: Kysely<unknown>): Promise<void> => setType(db, "integer");
