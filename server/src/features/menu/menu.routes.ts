import type { TableMenu } from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
import { isToken } from "../../http/ids.js";
import { findShop } from "../shops/index.js";
import { findActiveTableByToken } from "../tables/index.js";
import { loadMenu, menuVersion } from "./menu.repository.js";

/** What a diner's phone loads after scanning a table or counter QR code. */
export function menuRoutes(deps: { db: Db }): Router {
  const router = Router();
  router.get("/tables/:token", async (req, res) => {
    const table = isToken(req.params.token)
      ? await findActiveTableByToken(deps.db, req.params.token)
      : undefined;
    const shop = table && (await findShop(deps.db, table.shopId));
    if (!table || !shop) {
      throw new HttpError(
        404,
        "table_not_found",
        "This QR code is not active. Please ask a member of staff.",
      );
    }
    // The version first: the menu read after it is at least that new (see announceMenu).
    const version = await menuVersion(deps.db, shop.id);
    const body: TableMenu = {
      shop,
      table: { id: table.id, label: table.label, kind: table.kind },
      categories: await loadMenu(deps.db, shop.id),
      menuVersion: version,
    };
    res.set("Cache-Control", "no-store").json(body);
  });
  return router;
}
