import { Router } from "express";
import type { Db } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
import { loadTableMenu } from "./table-menu.js";

/** What a diner's phone loads after scanning a table or counter QR code. */
export function menuRoutes(deps: { db: Db }): Router {
  const router = Router();
  router.get("/tables/:token", async (req, res) => {
    const body = await loadTableMenu(deps.db, req.params.token);
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
