import { menuSchemas } from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import { loadTableMenu } from "./table-menu.js";

/**
 * What a diner's phone loads after scanning a table or counter QR code: the menu as it reads now, in the
 * language asked for (`?lang=`).
 */
export function menuRoutes(deps: { db: Db; clock: () => number }): Router {
  const router = Router();
  router.get("/tables/:token", async (req, res) => {
    const query = parseOr400(menuSchemas.getTableMenu.query, req.query, "menu query");
    const body = await loadTableMenu(deps.db, req.params.token, { language: query.lang, now: deps.clock() });
    if (!body) {
      throw new HttpError(
        404,
        "table_not_found",
        "This QR code is not active. Please ask a member of staff.",
      );
    }
    res.set("Cache-Control", "no-store").json(body);
  });
  return router;
}
