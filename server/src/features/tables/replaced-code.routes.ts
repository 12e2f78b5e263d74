import { Router } from "express";
import type { Db } from "../../db/database.js";
import { sendFailure } from "../../http/error-status.js";
import { isToken } from "../../http/ids.js";
import { fail } from "../../lib/result.js";
import { isRetiredToken } from "./tables.repository.js";

export const codeReplaced = () =>
  fail(
    "table_code_replaced",
    "This QR code has been replaced. Please scan the code on your table, or ask a member of staff.",
  );

/**
 * Mounted before the diner's menu route: a code that staff replaced still answers 404 (it opens nothing),
 * but says why, so the diner page can send them to the code on the table instead of a dead end.
 */
export function replacedCodeRoutes(deps: { db: Db }): Router {
  const router = Router();
  router.get("/tables/:token", async (req, res, next) => {
    if (isToken(req.params.token) && (await isRetiredToken(deps.db, req.params.token))) {
      return sendFailure(res, codeReplaced());
    }
    next();
  });
  return router;
}
