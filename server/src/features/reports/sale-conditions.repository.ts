import { sql } from "kysely";
import { STANDING_STATUSES } from "./sales-rules.js";

// The SQL side of what counts as a sale (sales-rules.ts), over `orders` optionally aliased ("o.").

export const standing = (alias = "") =>
  sql.raw(`${alias}status in (${STANDING_STATUSES.map((s) => `'${s}'`).join(", ")})`);

export const refunded = (alias = "") =>
  sql.raw(
    `(${alias}status = 'cancelled' and ${alias}payment_status <> 'unpaid' and ${alias}placed_at is not null)`,
  );

export const isSale = (alias = "") => sql`(${standing(alias)} or ${refunded(alias)})`;
