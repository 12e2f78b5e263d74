import { Router } from "express";
import type { Db } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
import { isToken } from "../../http/ids.js";
import { findShop } from "../shops/index.js";
import { findActiveTableByToken } from "../tables/index.js";
import { loadTab } from "./tab.repository.js";

/** `GET /api/tables/:token/tab`: the table's code is the whole credential, like the menu it opens. */
export function tabRoutes(deps: { db: Db }): Router {
  const router = Router();
  router.get("/tables/:token/tab", async (req, res) => {
    const table = isToken(req.params.token)
      ? await findActiveTableByToken(deps.db, req.params.token)
      : undefined;
    const shop = table && (await findShop(deps.db, table.shopId));
    if (!table || !shop || table.kind !== "table") {
      throw new HttpError(404, "table_not_found", "This QR code does not belong to an active table.");
    }
    res
      .set("Cache-Control", "no-store")
      .json(await loadTab(deps.db, { id: table.id, currency: shop.currency }));
  });
  return router;
}
