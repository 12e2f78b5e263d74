import { Router } from "express";
import { sendFailure } from "../../http/error-status.js";
import { HttpError } from "../../http/errors.js";
import { uuidParam } from "../../http/ids.js";
import { currentStaff, requirePermission } from "../auth/index.js";
import { announceTable } from "./announce-table.js";
import { closeSitting, openSitting, type SittingChange } from "./sittings.repository.js";
import { noSuchTable } from "./tables.repository.js";
import type { TablesRouteDeps } from "./tables.routes.js";

export interface SittingsRouteDeps extends TablesRouteDeps {
  /**
   * A closed sitting ends the table's tab and clears its shared cart. Both features sit above tables, so the
   * app passes that in rather than tables reaching up for it.
   */
  onSittingClosed: (table: { tableId: string; shopId: string; now: number }) => Promise<void>;
}

/**
 * Floor staff open a table when they seat guests and close it when they leave. Both are idempotent, so two
 * tablets pressing at once (or a double tap) leave exactly one sitting.
 */
export function sittingsRoutes(deps: SittingsRouteDeps): Router {
  const router = Router();
  router.use("/tables/:id/sitting", requirePermission("tables.seat"));

  const refuse = (result: Extract<SittingChange, { ok: false }>): never => {
    if (result.reason === "not_found") throw new HttpError(404, "not_found", noSuchTable);
    throw new HttpError(
      409,
      "sitting_not_allowed",
      "Only an active table can be opened; takeaway orders from the counter need no sitting",
    );
  };

  router.post("/tables/:id/sitting", async (req, res) => {
    const staff = currentStaff(res.locals);
    const tableId = uuidParam(req.params.id, noSuchTable);
    const result = await openSitting(deps.db, {
      shopId: staff.shopId,
      tableId,
      staffId: staff.id,
      now: deps.clock(),
    });
    if (!result.ok) return refuse(result);
    const table = await announceTable(deps, staff.shopId, tableId, { publish: result.changed });
    if (!table.ok) return sendFailure(res, table);
    res.status(result.changed ? 201 : 200).json({ table: table.value });
  });

  router.delete("/tables/:id/sitting", async (req, res) => {
    const staff = currentStaff(res.locals);
    const tableId = uuidParam(req.params.id, noSuchTable);
    const result = await closeSitting(deps.db, {
      shopId: staff.shopId,
      tableId,
      staffId: staff.id,
      now: deps.clock(),
    });
    if (!result.ok) return refuse(result);
    if (result.changed) await deps.onSittingClosed({ tableId, shopId: staff.shopId, now: deps.clock() });
    const table = await announceTable(deps, staff.shopId, tableId, { publish: result.changed });
    if (!table.ok) return sendFailure(res, table);
    res.json({ table: table.value });
  });

  return router;
}
