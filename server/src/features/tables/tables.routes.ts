import {
  type MerchantTableList,
  tableCreateRequestSchema,
  tableSettingsSchema,
  tableUpdateRequestSchema,
} from "@tabletap/shared";
import { Router } from "express";
import QRCode from "qrcode";
import type { Db } from "../../db/database.js";
import { sendFailure } from "../../http/error-status.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import { uuidParam } from "../../http/ids.js";
import type { CredentialEnds } from "../../realtime/credentials.js";
import type { Publisher } from "../../realtime/publisher.js";
import { currentStaff, requirePermission } from "../auth/index.js";
import { setSittingsEnabled, sittingsEnabled } from "../shops/index.js";
import { announceTable } from "./announce-table.js";
import {
  changeTable,
  createTable,
  findShopTable,
  listTables,
  noSuchTable,
  rotateToken,
  tableUrl,
  toMerchantTable,
} from "./tables.repository.js";

const qrOptions = { errorCorrectionLevel: "M", margin: 2 } as const;

const manage = requirePermission("tables.manage");

export interface TablesRouteDeps {
  db: Db;
  clock: () => number;
  publicUrl: string;
  publisher: Publisher;
  credentials: CredentialEnds;
}

/**
 * The shop's tables and counter code: every role reads the list (the board filters by table); managers
 * and owners add, rename, switch off, replace codes and download QR codes (PNG for printing services,
 * SVG for the print sheet).
 */
export function tablesRoutes(deps: TablesRouteDeps): Router {
  const router = Router();
  // Routes with a guard in front get Express's looser param type; a string is all uuidParam checks anyway.
  const tableId = (id: unknown) => uuidParam(typeof id === "string" ? id : undefined, noSuchTable);

  const announce = (shopId: string, id: string) => announceTable(deps, shopId, id);

  router.get("/tables", async (_req, res) => {
    const { shopId } = currentStaff(res.locals);
    const [tables, seated] = await Promise.all([
      listTables(deps.db, shopId),
      sittingsEnabled(deps.db, shopId),
    ]);
    const body: MerchantTableList = {
      tables: tables.map((table) => toMerchantTable(table, deps.publicUrl)),
      sittingsEnabled: seated,
    };
    res.set("Cache-Control", "private, no-cache").json(body);
  });

  router.post("/tables", manage, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const { label } = parseOr400(tableCreateRequestSchema, req.body, "table");
    const created = await createTable(deps.db, { shopId, label, now: deps.clock() });
    if (!created.ok) return sendFailure(res, created);
    const table = await announce(shopId, created.value);
    if (!table.ok) return sendFailure(res, table);
    res.status(201).json({ table: table.value });
  });

  // Before /tables/:id, which would take "settings" for an id.
  router.patch("/tables/settings", manage, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const settings = parseOr400(tableSettingsSchema, req.body, "table settings");
    await setSittingsEnabled(deps.db, shopId, settings.sittingsEnabled);
    res.json(settings);
  });

  router.patch("/tables/:id", manage, async (req, res) => {
    const staff = currentStaff(res.locals);
    const id = tableId(req.params.id);
    const change = parseOr400(tableUpdateRequestSchema, req.body, "table change");
    const updated = await changeTable(deps.db, {
      shopId: staff.shopId,
      tableId: id,
      ...change,
      staffId: staff.id,
      now: deps.clock(),
    });
    if (!updated.ok) return sendFailure(res, updated);
    const table = await announce(staff.shopId, id);
    if (!table.ok) return sendFailure(res, table);
    // A switched-off table's code admits nobody, so the phones it admitted stop hearing its cart and tab.
    if (change.active === false) deps.credentials.tableCode(table.value.token);
    res.json({ table: table.value });
  });

  router.post("/tables/:id/token", manage, async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const id = tableId(req.params.id);
    const rotated = await rotateToken(deps.db, { shopId, tableId: id, now: deps.clock() });
    if (!rotated) throw new HttpError(404, "not_found", noSuchTable);
    deps.credentials.tableCode(rotated.retiredToken);
    const table = await announce(shopId, id);
    if (!table.ok) return sendFailure(res, table);
    res.json({ table: table.value });
  });

  router.get("/tables/:id/qr.:format", manage, async (req, res) => {
    const staff = currentStaff(res.locals);
    const { id, format } = req.params;
    if (format !== "png" && format !== "svg")
      throw new HttpError(404, "not_found", "QR codes come as .png or .svg");
    const table = await findShopTable(deps.db, staff.shopId, tableId(id));
    if (!table) throw new HttpError(404, "not_found", noSuchTable);
    const url = tableUrl(deps.publicUrl, table.token);
    const filename = `table-${table.label.replace(/[^\p{L}\p{N}_-]+/gu, "_")}.${format}`;
    // The code changes when it is replaced, so a cached copy must be checked first.
    res.set("Cache-Control", "private, no-cache");
    if (req.query.download !== undefined) res.attachment(filename);
    if (format === "png") {
      res.type("png").send(await QRCode.toBuffer(url, { ...qrOptions, type: "png", width: 512 }));
    } else {
      res.type("svg").send(await QRCode.toString(url, { ...qrOptions, type: "svg" }));
    }
  });

  return router;
}
