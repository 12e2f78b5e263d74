import {
  createStationSchema,
  type StationList,
  stationItemsSchema,
  updateStationSchema,
} from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import { sendFailure } from "../../http/error-status.js";
import { parseOr400 } from "../../http/errors.js";
import { uuidParam } from "../../http/ids.js";
import { currentStaff, requirePermission } from "../auth/index.js";
import { createStation, deleteStation, routeStationItems, updateStation } from "./manage-stations.js";
import { listStations } from "./stations.repository.js";

const noStation = "No such station in this shop";

/** Stations: every board reads them (to filter by one); managers define them and route dishes. */
export function stationRoutes(deps: { db: Db; clock: () => number }): Router {
  const router = Router();
  const manage = requirePermission("menu.edit");

  router.get("/stations", requirePermission("board.use"), async (_req, res) => {
    const { shopId } = currentStaff(res.locals);
    const body: StationList = { stations: await listStations(deps.db, shopId) };
    res.set("Cache-Control", "no-store").json(body);
  });

  router.post("/stations", manage, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const input = parseOr400(createStationSchema, req.body, "station");
    const created = await createStation(deps.db, shopId, input, deps.clock());
    if (!created.ok) return sendFailure(res, created);
    res.status(201).json(created.value);
  });

  router.patch("/stations/:id", manage, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const stationId = uuidParam(String(req.params.id), noStation);
    const input = parseOr400(updateStationSchema, req.body, "station");
    const updated = await updateStation(deps.db, { shopId, stationId, input });
    if (!updated.ok) return sendFailure(res, updated);
    res.json(updated.value);
  });

  router.delete("/stations/:id", manage, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const stationId = uuidParam(String(req.params.id), noStation);
    const removed = await deleteStation(deps.db, { shopId, stationId, now: deps.clock() });
    if (!removed.ok) return sendFailure(res, removed);
    const body: StationList = { stations: removed.value };
    res.json(body);
  });

  router.put("/stations/:id/items", manage, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const stationId = uuidParam(String(req.params.id), noStation);
    const { itemIds } = parseOr400(stationItemsSchema, req.body, "station's dishes");
    const routed = await routeStationItems(deps.db, { shopId, stationId, itemIds });
    if (!routed.ok) return sendFailure(res, routed);
    res.json(routed.value);
  });

  return router;
}
