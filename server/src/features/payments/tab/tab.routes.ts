import {
  type CounterTabPartRequest,
  cancelTabPartRequestSchema,
  closeTabRequestSchema,
  counterTabPartRequestSchema,
  type TabPartRequest,
  tabPartRequestSchema,
} from "@tabletap/shared";
import { type Request, Router } from "express";
import { sendFailure } from "../../../http/error-status.js";
import { HttpError, parseOr400 } from "../../../http/errors.js";
import { isToken, uuidParam } from "../../../http/ids.js";
import { currentStaff, requirePermission } from "../../auth/index.js";
import { findShop } from "../../shops/index.js";
import { findActiveTableByToken, findShopTable, listTables } from "../../tables/index.js";
import { billSummary, readBill } from "./bill.js";
import { cancelTabPart, closeTabByHand, openTabPart, type TabPaymentDeps } from "./open-part.js";
import type { PartAsk } from "./split-rules.js";

const askOf = (body: TabPartRequest | CounterTabPartRequest): PartAsk => {
  switch (body.kind) {
    case "remaining":
      return { kind: "remaining" };
    case "items":
      return { kind: "items", items: body.items };
    case "equal":
      return { kind: "equal", shares: body.shares };
    case "custom":
      return { kind: "custom", amount: body.amount };
  }
};

/** Diners at the table: the table's code is the credential, as for its menu and tab. */
export function dinerTabBillRoutes(deps: TabPaymentDeps): Router {
  const router = Router();
  const tableOf = async (req: Request<{ token: string }>) => {
    const table = isToken(req.params.token)
      ? await findActiveTableByToken(deps.db, req.params.token)
      : undefined;
    const shop = table && (await findShop(deps.db, table.shopId));
    if (!table || !shop || table.kind !== "table") {
      throw new HttpError(404, "table_not_found", "This QR code does not belong to an active table.");
    }
    return { table, shop };
  };

  router.get("/tables/:token/tab/bill", async (req, res) => {
    const { table, shop } = await tableOf(req);
    res.set("Cache-Control", "no-store").json(await readBill(deps.db, { ...table, currency: shop.currency }));
  });

  router.post("/tables/:token/tab/parts", async (req, res) => {
    const { table } = await tableOf(req);
    const body = parseOr400(tabPartRequestSchema, req.body, "part");
    const opened = await openTabPart(deps, {
      table,
      ask: askOf(body),
      tip: body.tip ?? 0,
      payer: { kind: "diner", name: body.payer },
    });
    if (!opened.ok) return sendFailure(res, opened);
    res.status(201).json(opened.value);
  });

  router.post("/tables/:token/tab/parts/:id/cancel", async (req, res) => {
    const { table } = await tableOf(req);
    const partId = uuidParam(req.params.id, "No such part of this table's bill");
    const { partToken } = parseOr400(cancelTabPartRequestSchema, req.body, "cancel");
    const cancelled = await cancelTabPart(deps, { table, partId, partToken });
    if (!cancelled.ok) return sendFailure(res, cancelled);
    res.json({ part: cancelled.value });
  });
  return router;
}

/** Staff: a table's bill, money taken at the counter for part of it, and closing it by hand. */
export function merchantTabBillRoutes(deps: TabPaymentDeps): Router {
  const router = Router();
  const tableOf = async (shopId: string, id: unknown) => {
    const table = await findShopTable(
      deps.db,
      shopId,
      uuidParam(typeof id === "string" ? id : undefined, "No such table in this shop"),
    );
    const shop = await findShop(deps.db, shopId);
    if (!table || !shop) throw new HttpError(404, "not_found", "No such table in this shop");
    return { table, shop };
  };

  router.get("/tabs", async (_req, res) => {
    const { shopId } = currentStaff(res.locals);
    const shop = await findShop(deps.db, shopId);
    if (!shop) throw new HttpError(404, "not_found", "No such shop");
    const seated = (await listTables(deps.db, shopId)).filter((t) => t.kind === "table" && t.sittingId);
    const tabs = await Promise.all(
      seated.map((table) =>
        billSummary(deps.db, {
          sittingId: table.sittingId ?? "",
          shopId,
          tableId: table.id,
          currency: shop.currency,
        }),
      ),
    );
    res.set("Cache-Control", "no-store").json({ tabs });
  });

  router.get("/tables/:id/tab/bill", async (req, res) => {
    const { table, shop } = await tableOf(currentStaff(res.locals).shopId, req.params.id);
    res.set("Cache-Control", "no-store").json(await readBill(deps.db, { ...table, currency: shop.currency }));
  });

  router.post("/tables/:id/tab/parts", requirePermission("tables.seat"), async (req, res) => {
    const staff = currentStaff(res.locals);
    const { table } = await tableOf(staff.shopId, req.params.id);
    const body = parseOr400(counterTabPartRequestSchema, req.body, "part");
    const opened = await openTabPart(deps, {
      table,
      ask: askOf(body),
      tip: body.tip ?? 0,
      payer: { kind: "counter", staffId: staff.id, tender: body.tender, name: body.payer ?? "Counter" },
    });
    if (!opened.ok) return sendFailure(res, opened);
    res.status(201).json({ part: opened.value.part });
  });

  router.post("/tables/:id/tab/close", requirePermission("tables.manage"), async (req, res) => {
    const staff = currentStaff(res.locals);
    const { table } = await tableOf(staff.shopId, req.params.id);
    const { reason } = parseOr400(closeTabRequestSchema, req.body, "close");
    const closed = await closeTabByHand(deps, { table, staffId: staff.id, reason });
    if (!closed.ok) return sendFailure(res, closed);
    res.json(closed.value);
  });
  return router;
}
