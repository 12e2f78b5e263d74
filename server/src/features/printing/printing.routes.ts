import {
  createPrinterSchema,
  type PrinterList,
  type PrintTicketList,
  updatePrinterSchema,
} from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import type { RunUnit } from "../../db/unit-of-work.js";
import { sendFailure } from "../../http/error-status.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import { uuidParam } from "../../http/ids.js";
import type { Publisher } from "../../realtime/publisher.js";
import { currentStaff, requirePermission } from "../auth/index.js";
import { findStation } from "../stations/index.js";
import {
  findPrinter,
  insertPrinter,
  listPrinters,
  printerView,
  updatePrinter,
} from "./printers.repository.js";
import { reprintTicket } from "./reprint.js";
import { findTicket, listOpenTickets } from "./tickets.repository.js";

interface PrintingRouteDeps {
  db: Db;
  clock: () => number;
  runUnit: RunUnit;
  publisher: Publisher;
}

const noPrinter = "No such printer in this shop";
const noStation = () => new HttpError(422, "validation_failed", "No such station in this shop");

/** Printers (managers set them up), their state and the tickets that did not print (every board). */
export function printingRoutes(deps: PrintingRouteDeps): Router {
  const router = Router();
  const board = requirePermission("board.use");
  const manage = requirePermission("menu.edit");

  router.get("/printers", board, async (_req, res) => {
    const { shopId } = currentStaff(res.locals);
    const body: PrinterList = { printers: await listPrinters(deps.db, shopId) };
    res.set("Cache-Control", "no-store").json(body);
  });

  router.post("/printers", manage, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const input = parseOr400(createPrinterSchema, req.body, "printer");
    if (!(await findStation(deps.db, shopId, input.stationId))) throw noStation();
    const id = await insertPrinter(deps.db, { ...input, shopId, now: deps.clock() });
    const printer = await findPrinter(deps.db, shopId, id);
    if (!printer) throw new Error(`printer ${id} vanished`);
    deps.publisher.printerUpdated(shopId, printerView(printer));
    res.status(201).json(printerView(printer));
  });

  router.patch("/printers/:id", manage, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const printerId = uuidParam(String(req.params.id), noPrinter);
    const change = parseOr400(updatePrinterSchema, req.body, "printer");
    if (!(await findPrinter(deps.db, shopId, printerId))) throw new HttpError(404, "not_found", noPrinter);
    if (change.stationId && !(await findStation(deps.db, shopId, change.stationId))) throw noStation();
    await updatePrinter(deps.db, printerId, change);
    const printer = await findPrinter(deps.db, shopId, printerId);
    if (!printer) throw new HttpError(404, "not_found", noPrinter);
    deps.publisher.printerUpdated(shopId, printerView(printer));
    res.json(printerView(printer));
  });

  router.get("/print-tickets", board, async (_req, res) => {
    const { shopId } = currentStaff(res.locals);
    const body: PrintTicketList = { tickets: await listOpenTickets(deps.db, shopId) };
    res.set("Cache-Control", "no-store").json(body);
  });

  router.post("/print-tickets/:id/reprint", board, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const ticketId = uuidParam(String(req.params.id), "No such ticket in this shop");
    const queued = await reprintTicket(deps, { shopId, ticketId });
    if (!queued.ok) return sendFailure(res, queued);
    const ticket = await findTicket(deps.db, queued.value, shopId);
    if (!ticket) throw new Error(`ticket ${queued.value} vanished`);
    res.status(201).json(ticket);
  });

  return router;
}
