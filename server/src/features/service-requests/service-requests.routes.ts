import {
  callStaffRequestSchema,
  type MerchantServiceRequests,
  type ServiceRequestSettings,
  serviceRequestSettingsSchema,
  type TableService,
} from "@tabletap/shared";
import { type Request, Router } from "express";
import type { Db } from "../../db/database.js";
import { sendFailure } from "../../http/error-status.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import { isToken, uuidParam } from "../../http/ids.js";
import type { SendCommand } from "../../http/rate-limit.js";
import { currentStaff, requirePermission } from "../auth/index.js";
import { codeReplaced, findActiveTableByToken, isRetiredToken, type TableRow } from "../tables/index.js";
import { acknowledgeRequest } from "./acknowledge-request.js";
import { createCallLimit } from "./call-limit.js";
import { callStaff, type ServiceDeps } from "./call-staff.js";
import { readServiceSettings, saveServiceSettings } from "./service-request-settings.repository.js";
import { listOpenRequests, listTableRequests } from "./service-requests.repository.js";

type Deps = ServiceDeps & { db: Db };

const notATable = () =>
  new HttpError(404, "table_not_found", "This QR code does not belong to an active table.");

/** The table a phone calls from: a replaced code gets the menu's answer; the counter has no staff to call. */
async function tableOf(deps: Deps, req: Request): Promise<TableRow | "replaced"> {
  const token = String(req.params.token);
  if (!isToken(token)) throw notATable();
  const table = await findActiveTableByToken(deps.db, token);
  if (table?.kind === "table") return table;
  if (!table && (await isRetiredToken(deps.db, token))) return "replaced";
  throw notATable();
}

/** A table's phones call staff; the table's code is the whole credential, like the menu it opens. */
export function dinerServiceRoutes(
  deps: Deps & { rateLimitCommand: SendCommand; redisPrefix: string },
): Router {
  const router = Router();
  const path = "/tables/:token/service-requests";

  router.get(path, async (req, res) => {
    const table = await tableOf(deps, req);
    if (table === "replaced") return sendFailure(res, codeReplaced());
    const settings = await readServiceSettings(deps.db, table.shopId);
    const body: TableService = {
      kinds: settings.kinds,
      requests: await listTableRequests(deps.db, table.id, deps.clock()),
    };
    res.set("Cache-Control", "no-store").json(body);
  });

  const limit = createCallLimit({ sendCommand: deps.rateLimitCommand, prefix: deps.redisPrefix });
  router.post(path, limit, async (req, res) => {
    const table = await tableOf(deps, req);
    if (table === "replaced") return sendFailure(res, codeReplaced());
    const { kind } = parseOr400(callStaffRequestSchema, req.body, "call");
    const called = await callStaff(deps, table, kind);
    if (!called.ok) return sendFailure(res, called);
    res.status(called.value.created ? 201 : 200).json(called.value.request);
  });

  return router;
}

/** The board's calls and the shop's list; mounted after requireStaff. */
export function merchantServiceRoutes(deps: Deps): Router {
  const router = Router();

  router.get("/service-requests", requirePermission("board.use"), async (_req, res) => {
    const { shopId } = currentStaff(res.locals);
    const body: MerchantServiceRequests = { requests: await listOpenRequests(deps.db, shopId) };
    res.set("Cache-Control", "no-store").json(body);
  });

  router.post("/service-requests/:id/acknowledge", requirePermission("board.use"), async (req, res) => {
    const staff = currentStaff(res.locals);
    const id = uuidParam(String(req.params.id), "No such call in this shop");
    const answered = await acknowledgeRequest(deps, { shopId: staff.shopId, id, staffId: staff.id });
    if (!answered.ok) return sendFailure(res, answered);
    res.json(answered.value);
  });

  router.get("/service-requests/settings", requirePermission("payments.settings"), async (_req, res) => {
    const { shopId } = currentStaff(res.locals);
    const body: ServiceRequestSettings = await readServiceSettings(deps.db, shopId);
    res.set("Cache-Control", "no-store").json(body);
  });

  router.put("/service-requests/settings", requirePermission("payments.settings"), async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const settings = parseOr400(serviceRequestSettingsSchema, req.body, "service request settings");
    await saveServiceSettings(deps.db, shopId, settings, deps.clock());
    res.json(await readServiceSettings(deps.db, shopId));
  });

  return router;
}
