import {
  categoryCreateRequestSchema,
  categoryUpdateRequestSchema,
  fromShopTime,
  itemCreateRequestSchema,
  itemUpdateRequestSchema,
  type MenuPreview,
  type MerchantMenu,
  menuAt,
  menuInLanguage,
  menuPreviewQuerySchema,
  optionCreateRequestSchema,
  optionGroupCreateRequestSchema,
  optionGroupUpdateRequestSchema,
  optionUpdateRequestSchema,
  soldOutRequestSchema,
  translationsRequestSchema,
} from "@tabletap/shared";
import { type Response, Router } from "express";
import type { Db } from "../../db/database.js";
import { sendFailure } from "../../http/error-status.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import type { Failure, Outcome, Result } from "../../lib/result.js";
import { currentStaff, requirePermission } from "../auth/index.js";
import { findShop } from "../shops/index.js";
import { loadMenu, loadMerchantMenu, menuVersion, shopNames } from "./menu.repository.js";
import { changeMenu, type MenuChangeDeps } from "./menu-changes.js";
import {
  createCategory,
  createItem,
  deleteCategory,
  deleteItem,
  setItemPhoto,
  setSoldOut,
  updateCategory,
  updateItem,
} from "./menu-edit.repository.js";
import { setTranslations } from "./menu-text.repository.js";
import {
  createGroup,
  createOption,
  deleteGroup,
  deleteOption,
  updateGroup,
  updateOption,
} from "./option-groups.repository.js";

const edit = requirePermission("menu.edit");

const noContent = (res: Response, outcome: Outcome) =>
  outcome.ok ? void res.status(204).end() : sendFailure(res, outcome);
const created = (res: Response, result: Result<string>) =>
  result.ok ? void res.status(201).json({ id: result.value }) : sendFailure(res, result);
const soldOut = requirePermission("menu.soldOut");

/**
 * The shop's menu for the console. Every role reads it and marks items sold out; managers and owners edit
 * the rest. Each change is one transaction scoped to the staff's shop (another shop's ids are 404) and
 * reaches open diner pages as `menu:changed`.
 */
export function menuAdminRoutes(deps: MenuChangeDeps): Router {
  const router = Router();
  const param = (value: unknown) => (typeof value === "string" ? value : "");
  const shopOf = (locals: Record<string, unknown>) => currentStaff(locals).shopId;
  const change = <R extends { ok: true } | Failure>(shopId: string, run: (trx: Db) => Promise<R>) =>
    changeMenu(deps, shopId, run);

  const shopRow = async (shopId: string) => {
    const shop = await findShop(deps.db, shopId);
    if (!shop) throw new HttpError(404, "not_found", "Shop not found");
    return shop;
  };

  router.get("/menu", soldOut, async (_req, res) => {
    const shop = await shopRow(shopOf(res.locals));
    const version = await menuVersion(deps.db, shop.id);
    const [categories, names] = await Promise.all([
      loadMerchantMenu(deps.db, shop.id),
      shopNames(deps.db, shop),
    ]);
    const body: MerchantMenu = { menuVersion: version, categories, shopNames: names };
    res.set("Cache-Control", "private, no-cache").json(body);
  });

  // The diners' menu as it would read at a time on the shop's clock, in a language.
  router.get("/menu/preview", soldOut, async (req, res) => {
    const query = parseOr400(menuPreviewQuerySchema, req.query, "preview");
    const shop = await shopRow(shopOf(res.locals));
    const at = fromShopTime(query.at, shop.timezone);
    if (!Number.isFinite(at)) throw new HttpError(400, "validation_failed", "at: not a time on the calendar");
    const categories = menuAt(await loadMenu(deps.db, shop.id), at, shop.timezone);
    const read = menuInLanguage({ shop, categories }, query.lang ?? shop.locale);
    const body: MenuPreview = { at: query.at, categories: read.categories };
    res.set("Cache-Control", "private, no-cache").json(body);
  });

  router.put("/menu/translations/:id", edit, async (req, res) => {
    const body = parseOr400(translationsRequestSchema, req.body, "translations");
    const shop = await shopRow(shopOf(res.locals));
    noContent(res, await change(shop.id, (trx) => setTranslations(trx, shop, param(req.params.id), body)));
  });

  router.post("/menu/categories", edit, async (req, res) => {
    const body = parseOr400(categoryCreateRequestSchema, req.body, "category");
    const shopId = shopOf(res.locals);
    created(res, await change(shopId, (trx) => createCategory(trx, shopId, body)));
  });
  router.patch("/menu/categories/:id", edit, async (req, res) => {
    const body = parseOr400(categoryUpdateRequestSchema, req.body, "category change");
    const shopId = shopOf(res.locals);
    noContent(res, await change(shopId, (trx) => updateCategory(trx, shopId, param(req.params.id), body)));
  });
  router.delete("/menu/categories/:id", edit, async (req, res) => {
    const shopId = shopOf(res.locals);
    noContent(
      res,
      await change(shopId, (trx) => deleteCategory(trx, shopId, param(req.params.id), deps.clock())),
    );
  });

  router.post("/menu/items", edit, async (req, res) => {
    const body = parseOr400(itemCreateRequestSchema, req.body, "item");
    const shopId = shopOf(res.locals);
    created(res, await change(shopId, (trx) => createItem(trx, shopId, body)));
  });
  router.patch("/menu/items/:id", edit, async (req, res) => {
    const body = parseOr400(itemUpdateRequestSchema, req.body, "item change");
    const shopId = shopOf(res.locals);
    noContent(res, await change(shopId, (trx) => updateItem(trx, shopId, param(req.params.id), body)));
  });
  router.post("/menu/items/:id/sold-out", soldOut, async (req, res) => {
    const body = parseOr400(soldOutRequestSchema, req.body, "sold-out change");
    const shopId = shopOf(res.locals);
    noContent(
      res,
      await change(shopId, (trx) => setSoldOut(trx, shopId, param(req.params.id), body.soldOut)),
    );
  });
  router.delete("/menu/items/:id", edit, async (req, res) => {
    const shopId = shopOf(res.locals);
    noContent(
      res,
      await change(shopId, (trx) => deleteItem(trx, shopId, param(req.params.id), deps.clock())),
    );
  });
  router.delete("/menu/items/:id/photo", edit, async (req, res) => {
    const shopId = shopOf(res.locals);
    noContent(res, await change(shopId, (trx) => setItemPhoto(trx, shopId, param(req.params.id), null)));
  });

  router.post("/menu/items/:id/option-groups", edit, async (req, res) => {
    const body = parseOr400(optionGroupCreateRequestSchema, req.body, "option group");
    const shopId = shopOf(res.locals);
    created(res, await change(shopId, (trx) => createGroup(trx, shopId, param(req.params.id), body)));
  });
  router.patch("/menu/option-groups/:id", edit, async (req, res) => {
    const body = parseOr400(optionGroupUpdateRequestSchema, req.body, "option group change");
    const shopId = shopOf(res.locals);
    noContent(res, await change(shopId, (trx) => updateGroup(trx, shopId, param(req.params.id), body)));
  });
  router.delete("/menu/option-groups/:id", edit, async (req, res) => {
    const shopId = shopOf(res.locals);
    noContent(res, await change(shopId, (trx) => deleteGroup(trx, shopId, param(req.params.id))));
  });

  router.post("/menu/option-groups/:id/options", edit, async (req, res) => {
    const body = parseOr400(optionCreateRequestSchema, req.body, "option");
    const shopId = shopOf(res.locals);
    created(res, await change(shopId, (trx) => createOption(trx, shopId, param(req.params.id), body)));
  });
  router.patch("/menu/options/:id", edit, async (req, res) => {
    const body = parseOr400(optionUpdateRequestSchema, req.body, "option change");
    const shopId = shopOf(res.locals);
    noContent(res, await change(shopId, (trx) => updateOption(trx, shopId, param(req.params.id), body)));
  });
  router.delete("/menu/options/:id", edit, async (req, res) => {
    const shopId = shopOf(res.locals);
    noContent(res, await change(shopId, (trx) => deleteOption(trx, shopId, param(req.params.id))));
  });

  return router;
}
