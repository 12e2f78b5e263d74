import type { MerchantTable } from "@tabletap/shared";
import { Router } from "express";
import QRCode from "qrcode";
import type { Db } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
import { uuidParam } from "../../http/ids.js";
import { currentStaff } from "../auth/require-staff.js";
import { findShopTable, listTables, tableUrl } from "./tables.repository.js";

const qrOptions = { errorCorrectionLevel: "M", margin: 2 } as const;

/** Staff view of the shop's tables and their QR codes (PNG for printing services, SVG for print sheets). */
export function tablesRoutes(deps: { db: Db; publicUrl: string }): Router {
  const router = Router();

  router.get("/tables", async (_req, res) => {
    const staff = currentStaff(res.locals);
    const tables: MerchantTable[] = (await listTables(deps.db, staff.shopId)).map((table) => ({
      id: table.id,
      label: table.label,
      kind: table.kind,
      token: table.token,
      active: table.active === 1,
      url: tableUrl(deps.publicUrl, table.token),
    }));
    res.json({ tables });
  });

  router.get("/tables/:id/qr.:format", async (req, res) => {
    const staff = currentStaff(res.locals);
    const { id, format } = req.params;
    if (format !== "png" && format !== "svg")
      throw new HttpError(404, "not_found", "QR codes come as .png or .svg");
    const table = await findShopTable(deps.db, staff.shopId, uuidParam(id, "No such table in this shop"));
    if (!table) throw new HttpError(404, "not_found", "No such table in this shop");
    const url = tableUrl(deps.publicUrl, table.token);
    const filename = `table-${table.label.replace(/[^\w-]+/g, "_")}.${format}`;
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
