import {
  type CreateOrderResponse,
  cancelReasonLabels,
  createOrderRequestSchema,
  idempotencyKeySchema,
  localDay,
  merchantOrdersQuerySchema,
  type Order,
  type OrderList,
  setStatusRequestSchema,
  staffOrderRequestSchema,
} from "@tabletap/shared";
import { type Request, Router } from "express";
import type { Db } from "../../db/database.js";
import type { RunUnit } from "../../db/unit-of-work.js";
import { sendFailure } from "../../http/error-status.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import { uuidParam } from "../../http/ids.js";
import type { Publisher } from "../../realtime/publisher.js";
import { currentStaff, requireOrderToken, requirePermission, requireStaff } from "../auth/index.js";
import { findShop, lastSeqOf } from "../shops/index.js";
import { approveOrder } from "./approve-order.js";
import { bumpStation } from "./bump-station.js";
import { createOrder, createStaffOrder } from "./create-order.js";
import { findOrderHistory } from "./order-history.repository.js";
import { findOrders, ORDER_PAGE_LIMIT, publicOrder } from "./orders.repository.js";
import { type RefundOnCancel, setOrderStatus } from "./set-status.js";

export interface OrdersRouteDeps {
  db: Db;
  clock: () => number;
  publicUrl: string;
  paymentTimeoutMs: number;
  publisher: Publisher;
  /** Runs one change and what follows its commit (its events, the outbox kick). */
  runUnit: RunUnit;
}

/** Diner endpoints: place an order, read it back with its token. */
export function dinerOrderRoutes(deps: OrdersRouteDeps): Router {
  const router = Router();

  router.post("/orders", async (req, res) => {
    const key = idempotencyKeyOf(req);
    const request = parseOr400(createOrderRequestSchema, req.body, "order");
    const placed = await createOrder(deps, request, key);
    if (!placed.ok) return sendFailure(res, placed);
    const result = placed.value;
    if (!result.created) res.set("Idempotent-Replayed", "true");
    const body: CreateOrderResponse = { order: result.order, orderToken: result.orderToken };
    res.status(201).json(body);
  });

  router.get("/orders/:id", async (req, res) => {
    const orderId = await requireOrderToken(deps.db, req, req.params.id);
    const [order] = await findOrders(deps.db, { by: "id", orderId });
    if (!order) throw new HttpError(404, "not_found", "No such order");
    res.set("Cache-Control", "no-store").json({ order: publicOrder(order) });
  });

  return router;
}

/** Staff endpoints, scoped to the signed-in staff member's shop. */
export function merchantOrderRoutes(deps: OrdersRouteDeps & { refundOnCancel: RefundOnCancel }): Router {
  const router = Router();
  router.use(requireStaff);

  router.get("/orders", async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const query = parseOr400(merchantOrdersQuerySchema, req.query, "query");
    const shop = await findShop(deps.db, shopId);
    if (!shop) throw new HttpError(404, "not_found", "Shop not found");
    // Read the sequence before the orders: anything newer is either in the result or arrives as an event.
    const lastSeq = await lastSeqOf(deps.db, shopId);
    const orders =
      query.sinceSeq === undefined
        ? await findOrders(deps.db, {
            by: "board",
            shopId,
            businessDay: localDay(deps.clock(), shop.timezone),
          })
        : await findOrders(deps.db, { by: "sinceSeq", shopId, sinceSeq: query.sinceSeq });
    // A capped catch-up reports the last seq it holds, so the board asks again from there.
    const capped = orders.length === ORDER_PAGE_LIMIT ? orders.at(-1)?.seq : undefined;
    const listed = query.station
      ? onlyStation(orders.map(publicOrder), query.station)
      : orders.map(publicOrder);
    const body: OrderList = { orders: listed, lastSeq: capped ?? lastSeq };
    res.set("Cache-Control", "no-store").json(body);
  });

  router.post("/orders/:id/status", async (req, res) => {
    const staff = currentStaff(res.locals);
    const { status, reason, reasonCode, refundedAtCounter } = parseOr400(
      setStatusRequestSchema,
      req.body,
      "status change",
    );
    const changed = await setOrderStatus(deps, {
      shopId: staff.shopId,
      orderId: uuidParam(String(req.params.id), "No such order in this shop"),
      to: status,
      staff,
      // A preset is kept as its label: the order's code is read back from it (cancelReasonCodeOf).
      ...(reasonCode ? { reason: cancelReasonLabels[reasonCode] } : reason ? { reason } : {}),
      ...(refundedAtCounter ? { refundedAtCounter } : {}),
    });
    if (!changed.ok) return sendFailure(res, changed);
    res.json({ order: changed.value });
  });

  // A diner asked a waiter: staff order for a table, priced and placed exactly like the diner's own order.
  router.post("/orders", requirePermission("board.use"), async (req, res) => {
    const staff = currentStaff(res.locals);
    const key = idempotencyKeyOf(req);
    const request = parseOr400(staffOrderRequestSchema, req.body, "order");
    const placed = await createStaffOrder(deps, {
      shopId: staff.shopId,
      staffId: staff.id,
      request,
      idempotencyKey: key,
    });
    if (!placed.ok) return sendFailure(res, placed);
    const result = placed.value;
    if (!result.created) res.set("Idempotent-Replayed", "true");
    res.status(201).json({ order: result.order });
  });

  router.get("/orders/:id/history", async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const orderId = uuidParam(String(req.params.id), "No such order in this shop");
    const history = await findOrderHistory(deps.db, { shopId, orderId });
    if (!history) throw new HttpError(404, "not_found", "No such order in this shop");
    res.set("Cache-Control", "no-store").json({ history });
  });

  router.post("/orders/:id/stations/:stationId/done", requirePermission("board.use"), async (req, res) => {
    const staff = currentStaff(res.locals);
    const bumped = await bumpStation(deps, {
      shopId: staff.shopId,
      orderId: uuidParam(String(req.params.id), "No such order in this shop"),
      stationId: uuidParam(String(req.params.stationId), "No such station in this order"),
      staff,
    });
    if (!bumped.ok) return sendFailure(res, bumped);
    res.json({ order: bumped.value });
  });

  router.post("/orders/:id/approve", async (req, res) => {
    const staff = currentStaff(res.locals);
    const approved = await approveOrder(deps, {
      shopId: staff.shopId,
      orderId: uuidParam(String(req.params.id), "No such order in this shop"),
      staffId: staff.id,
    });
    if (!approved.ok) return sendFailure(res, approved);
    res.json({ order: approved.value });
  });

  return router;
}

/** A station's board: orders with dishes for it, showing only those. */
const onlyStation = (orders: Order[], stationId: string): Order[] =>
  orders
    .map((order) => ({ ...order, lines: order.lines.filter((line) => line.stationId === stationId) }))
    .filter((order) => order.lines.length > 0);

function idempotencyKeyOf(req: Request): string {
  const header = req.get("Idempotency-Key");
  if (header === undefined) {
    throw new HttpError(
      400,
      "idempotency_key_required",
      "Send an Idempotency-Key header (e.g. a random UUID)",
    );
  }
  return parseOr400(idempotencyKeySchema, header, "Idempotency-Key header");
}
