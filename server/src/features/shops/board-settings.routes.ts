import { type BoardSettings, boardSettingsSchema } from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import type { Publisher } from "../../realtime/publisher.js";
import { currentStaff, requirePermission } from "../auth/index.js";
import { findBoardSettings, saveBoardSettings } from "./board-settings.repository.js";

async function readBoardSettings(db: Db, shopId: string): Promise<BoardSettings> {
  const settings = await findBoardSettings(db, shopId);
  if (!settings) throw new HttpError(404, "not_found", "Shop not found");
  return settings;
}

/** The shop's board settings: every role's board reads them; managers change them, and every board hears. */
export function boardSettingsRoutes(deps: { db: Db; publisher: Publisher }): Router {
  const router = Router();

  router.get("/board/settings", requirePermission("board.use"), async (_req, res) => {
    const { shopId } = currentStaff(res.locals);
    res.set("Cache-Control", "no-store").json(await readBoardSettings(deps.db, shopId));
  });

  router.patch("/board/settings", requirePermission("menu.edit"), async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const settings = parseOr400(boardSettingsSchema, req.body, "board settings");
    await saveBoardSettings(deps.db, shopId, settings);
    const saved = await readBoardSettings(deps.db, shopId);
    deps.publisher.boardSettingsUpdated(shopId, saved);
    res.json(saved);
  });

  return router;
}
