import {
  type Ack,
  cartAddLineSchema,
  cartRemoveLineSchema,
  cartSetQuantitySchema,
  type TableCart,
} from "@tabletap/shared";
import type { z } from "zod";
import type { Db } from "../../db/database.js";
import type { DinerNamespace, DinerSocket } from "../../realtime/namespaces.js";
import { tableRoom } from "../../realtime/rooms.js";
import { findActiveTableByToken } from "../tables/index.js";
import { loadCart } from "./cart.repository.js";
import type { CartLimit } from "./cart-limit.js";
import { type CartChange, type CartChangeResult, changeCart } from "./change-cart.js";

type CartAck = (result: Ack<TableCart>) => void;

const refuse = (ack: CartAck, code: string, message: string) => ack({ ok: false, error: { code, message } });
const refuseTooMany = (ack: CartAck) =>
  refuse(ack, "rate_limited", "Too many changes to this table's cart; wait a moment and try again");

/**
 * The shared cart's events on a diner socket opened with a table's code. Each payload is checked with its
 * zod schema (a bad one changes nothing and gets an error ack); every accepted change reaches every phone
 * of the table as `cart:updated`, through the Redis adapter when several API nodes run. A socket opened
 * with an order token or the counter's code has no shared cart: its cart events get a `forbidden` ack.
 */
export function registerCartEvents(
  nsp: DinerNamespace,
  socket: DinerSocket,
  deps: { db: Db; clock: () => number; cartLimit: CartLimit },
): void {
  const { tableToken } = socket.data;

  // Counted before any database read, so a flood costs one Redis call per event at most.
  const allowed = async () => tableToken === undefined || deps.cartLimit(tableToken);
  // The code is checked again on every change: a table switched off or given a new code stops at once.
  const currentTable = async () => {
    if (tableToken === undefined) return undefined;
    const table = await findActiveTableByToken(deps.db, tableToken);
    return table?.kind === "table" ? table : undefined;
  };

  const handle =
    <S extends z.ZodType>(schema: S, toChange: (payload: z.infer<S>) => CartChange) =>
    async (payload: unknown, ack: unknown) => {
      if (typeof ack !== "function") return;
      const reply = ack as CartAck;
      const parsed = schema.safeParse(payload);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
        return refuse(reply, "validation_failed", `Invalid cart change: ${where}${issue?.message ?? ""}`);
      }
      try {
        if (!(await allowed())) return refuseTooMany(reply);
        const table = await currentTable();
        if (!table) return refuse(reply, "forbidden", "Only phones at a table share a cart");
        const target = { tableId: table.id, shopId: table.shopId, now: deps.clock() };
        const result: CartChangeResult = await changeCart(deps.db, target, toChange(parsed.data));
        if (!result.ok) return reply({ ok: false, error: result.error });
        if (result.changed) nsp.to(tableRoom(table.id)).emit("cart:updated", result.cart);
        reply({ ok: true, data: result.cart });
      } catch {
        refuse(reply, "internal", "Something went wrong on our side; please try again");
      }
    };

  socket.on(
    "cart:add-line",
    handle(cartAddLineSchema, (line) => ({ kind: "add", line })),
  );
  socket.on(
    "cart:set-quantity",
    handle(cartSetQuantitySchema, (change) => ({
      kind: "setQuantity",
      lineId: change.lineId,
      quantity: change.quantity,
    })),
  );
  socket.on(
    "cart:remove-line",
    handle(cartRemoveLineSchema, (change) => ({ kind: "remove", lineId: change.lineId })),
  );
  socket.on("cart:sync", async (ack: unknown) => {
    if (typeof ack !== "function") return;
    const reply = ack as CartAck;
    try {
      if (!(await allowed())) return refuseTooMany(reply);
      const table = await currentTable();
      if (!table) return refuse(reply, "forbidden", "Only phones at a table share a cart");
      reply({ ok: true, data: await loadCart(deps.db, table.id) });
    } catch {
      refuse(reply, "internal", "Something went wrong on our side; please try again");
    }
  });
}
