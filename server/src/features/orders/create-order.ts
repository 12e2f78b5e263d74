import { createHash, randomUUID } from "node:crypto";
import {
  type CreateOrderRequest,
  localDay,
  type Order,
  type OrderLineInput,
  type OrderStatus,
  type PaymentMethod,
  type PaymentMode,
  type SharedCartClaim,
  type StaffOrderRequest,
} from "@tabletap/shared";
import { type Db, isUniqueViolation } from "../../db/database.js";
import type { RunUnit } from "../../db/unit-of-work.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import { newToken } from "../../lib/tokens.js";
import { checkCoupon, takeCouponUse } from "../coupons/index.js";
import { confirmPrices, priceOrder } from "../menu/index.js";
import { queueKitchenTickets } from "../printing/index.js";
import { takeOrderSeq } from "../shops/index.js";
import { stationsForItems } from "../stations/index.js";
import { claimSharedCart } from "../table-cart/index.js";
import { tabForNewOrder } from "../table-tab/index.js";
import { codeReplaced, isRetiredToken } from "../tables/index.js";
import { announceRound, type RoundDeps } from "./announce-round.js";
import { findOrderContext, type OrderContext } from "./order-context.repository.js";
import { insertOrder } from "./order-placement.repository.js";
import { recordStatusChange } from "./order-status.repository.js";
import { findOrders, newOrderView, nextPickupNumber, publicOrder } from "./orders.repository.js";

export interface CreateOrderDeps extends RoundDeps {
  clock: () => number;
  runUnit: RunUnit;
  /** How long a pay-first order waits for its payment before it expires. */
  paymentTimeoutMs: number;
}

export interface CreatedOrder {
  order: Order;
  orderToken: string;
  /** False when the idempotency key matched an earlier order, which is returned instead. */
  created: boolean;
}

/** A diner's order, from a table's or the counter's QR code. */
export async function createOrder(
  deps: CreateOrderDeps,
  request: CreateOrderRequest,
  idempotencyKey: string,
): Promise<Result<CreatedOrder>> {
  const { db } = deps;
  const kind = request.tableToken ? "table" : "counter";
  const token = request.tableToken ?? request.counterToken ?? "";
  const context = await findOrderContext(db, { token }, idempotencyKey);
  if (!context || context.table.kind !== kind) {
    if (await isRetiredToken(db, token)) return codeReplaced();
    return fail("table_not_found", "This QR code is not active. Please ask a member of staff.");
  }
  return placeOrder(deps, {
    context,
    request,
    idempotencyKey,
    requestHash: hashRequest(request),
    chooseMethod: (mode) => choosePaymentMethod(mode, request.payment),
    staffId: null,
  });
}

/**
 * A member of staff orders for a table on a diner's behalf (the diner asked a waiter). Priced from the
 * menu like any order; paid at the counter, whatever the shop's mode; straight to the kitchen, since
 * staff standing at the table is all the approval a sitting would give.
 */
export async function createStaffOrder(
  deps: CreateOrderDeps,
  placement: { shopId: string; staffId: string; request: StaffOrderRequest; idempotencyKey: string },
): Promise<Result<CreatedOrder>> {
  const { shopId, staffId, request, idempotencyKey } = placement;
  const context = await findOrderContext(deps.db, { shopId, tableId: request.tableId }, idempotencyKey);
  if (!context) return fail("table_not_found", "No such table in this shop, or it is switched off");
  return placeOrder(deps, {
    context,
    request,
    idempotencyKey,
    requestHash: hashRequest({ ...request, staff: true }),
    chooseMethod: () => succeed<PaymentMethod>("counter"),
    staffId,
  });
}

interface Placement {
  context: OrderContext;
  request: {
    lines: OrderLineInput[];
    note?: string | undefined;
    sharedCart?: SharedCartClaim | undefined;
    couponCode?: string | undefined;
    deviceId?: string | undefined;
  };
  idempotencyKey: string;
  requestHash: string;
  chooseMethod: (mode: PaymentMode) => Result<PaymentMethod>;
  /** Who placed it for the diner; null for the diner's own phone. */
  staffId: string | null;
}

/**
 * Places an order priced from the menu alone. The idempotency key makes a retried or double-tapped
 * submission return the first order; the same key with a different cart is refused.
 */
async function placeOrder(deps: CreateOrderDeps, placement: Placement): Promise<Result<CreatedOrder>> {
  const { db } = deps;
  const { context, request, idempotencyKey, requestHash, staffId } = placement;
  const { table, shop, openSitting } = context;
  if (context.replayId) return replayOf(db, context.replayId, requestHash);
  // Checked early so a refused choice costs no transaction; checked again below under the shop's row.
  const method = placement.chooseMethod(shop.paymentMode);
  if (!method.ok) return method;
  const now = deps.clock();
  const pricedEarly = await priceOrder(db, shop, request, { now, version: context.menuVersion });
  if (!pricedEarly.ok) return pricedEarly;
  const orderId = randomUUID();
  const orderToken = newToken();

  try {
    return await deps.runUnit(async (unit) => {
      const { trx } = unit;
      // First, so everything below is read under the shop's row (menu changes and coupon uses take it too).
      const locked = await takeOrderSeq(trx, shop.id);
      // The settings as of this row lock: an owner's change either came before this order or waits for it.
      const { settings } = locked;
      const chosen = placement.chooseMethod(settings.paymentMode);
      if (!chosen.ok) return chosen;
      const paymentMethod = chosen.value;
      const businessDay = localDay(now, settings.timezone);
      const lockedShop = { id: shop.id, timezone: settings.timezone };
      const confirmed = await confirmPrices(trx, lockedShop, pricedEarly.value, request, {
        version: locked.menuVersion,
        now,
      });
      if (!confirmed.ok) return confirmed;
      const { lines, subtotal } = confirmed.value;
      const checked = request.couponCode
        ? await checkCoupon(trx, {
            shop,
            code: request.couponCode,
            subtotal,
            deviceId: request.deviceId ?? "",
            now,
          })
        : null;
      if (checked && !checked.ok) return checked;
      const coupon = checked?.ok ? checked.value : null;
      const discount = coupon?.discount ?? 0;
      // A coupon covering the whole bill leaves nothing to pay online: the order goes straight in, settled.
      const settled = paymentMethod === "online" && subtotal - discount === 0;
      const status: OrderStatus = paymentMethod === "online" && !settled ? "pending_payment" : "placed";
      const pickupNumber = await nextPickupNumber(trx, shop.id, businessDay);
      const tab = await tabForNewOrder(trx, {
        table,
        openSitting,
        sittingsEnabled: locked.sittingsEnabled,
        approvable: staffId === null && paymentMethod === "counter",
        staffId,
        now,
      });
      const row = {
        id: orderId,
        shopId: shop.id,
        tableId: table.id,
        seq: locked.seq,
        pickupNumber,
        businessDay,
        status,
        paymentStatus: settled ? "paid" : "unpaid",
        paymentMethod,
        needsApproval: tab.needsApproval ? 1 : 0,
        note: request.note ?? "",
        subtotal,
        discount,
        couponCode: coupon?.coupon.code ?? null,
        total: subtotal - discount,
        tip: 0,
        currency: settings.currency,
        idempotencyKey,
        requestHash,
        orderToken,
        sittingId: tab.sittingId,
        submittedBy: request.sharedCart?.nickname ?? null,
        createdAt: now,
        updatedAt: now,
        placedAt: status === "placed" ? now : null,
      };
      const stationOf = await stationsForItems(
        trx,
        shop.id,
        lines.map((line) => line.itemId),
      );
      const lineRows = lines.map((line, position) => ({
        ...line,
        id: randomUUID(),
        orderId,
        shopId: shop.id,
        position,
        stationId: stationOf(line.itemId),
      }));
      await insertOrder(trx, row, lineRows);
      if (coupon) {
        const use = {
          coupon: coupon.coupon,
          orderId,
          shopId: shop.id,
          deviceId: request.deviceId ?? "",
          now,
        };
        const taken = await takeCouponUse(trx, use);
        if (!taken.ok) return taken;
      }
      if (request.sharedCart) {
        const claim = { ...request.sharedCart, tableId: table.id, shopId: shop.id, orderId, now };
        const claimed = await claimSharedCart(trx, claim, request.lines);
        if (!claimed.ok) return claimed;
      }
      const history = { orderId, shopId: shop.id, from: null, to: status, staffId, at: now };
      await recordStatusChange(trx, history);
      // The kitchen's tickets print now unless the order waits for its payment or for staff's approval.
      if (status === "placed" && !tab.needsApproval) {
        await queueKitchenTickets(unit, { shopId: shop.id, orderId, now });
      }
      if (status === "pending_payment") {
        const payload = { orderId, shopId: shop.id };
        await unit.enqueue({ name: "order.expire", payload, now, delayMs: deps.paymentTimeoutMs });
      }
      // Built from what was written rather than read back: one order is two fewer queries.
      const order = newOrderView(row, table, lineRows);
      announceRound(unit, deps, { order, orderToken, sharedCart: request.sharedCart, openedTab: tab.opened });
      return succeed({ order, orderToken, created: true });
    });
  } catch (error) {
    // A concurrent request with the same key won the race: answer with its order.
    if (isUniqueViolation(error)) {
      const winner = await findReplay(db, table.shopId, idempotencyKey, requestHash);
      if (winner) return winner;
    }
    throw error;
  }
}

async function findReplay(
  db: Db,
  shopId: string,
  key: string,
  requestHash: string,
): Promise<Result<CreatedOrder> | undefined> {
  const [existing] = await findOrders(db, { by: "idempotencyKey", shopId, key });
  if (!existing) return undefined;
  return answerReplay(existing, requestHash);
}

/** The earlier order `findOrderContext` found under the same key. */
async function replayOf(db: Db, orderId: string, requestHash: string): Promise<Result<CreatedOrder>> {
  const [existing] = await findOrders(db, { by: "id", orderId });
  if (!existing) throw new Error(`order ${orderId} vanished`);
  return answerReplay(existing, requestHash);
}

function answerReplay(
  existing: Awaited<ReturnType<typeof findOrders>>[number],
  requestHash: string,
): Result<CreatedOrder> {
  if (existing.requestHash !== requestHash) {
    return fail("idempotency_conflict", "This Idempotency-Key was already used for a different order");
  }
  return succeed({ order: publicOrder(existing), orderToken: existing.orderToken, created: false });
}

function choosePaymentMethod(mode: PaymentMode, asked: PaymentMethod | undefined): Result<PaymentMethod> {
  const offered: PaymentMethod[] =
    mode === "both" ? ["counter", "online"] : mode === "pay_first" ? ["online"] : ["counter"];
  const method = asked ?? offered[0] ?? "counter";
  if (!offered.includes(method)) {
    const message =
      method === "online"
        ? "This shop takes payment at the counter"
        : "This shop asks you to pay when you order";
    return fail("payment_method_unavailable", message);
  }
  return succeed(method);
}

/** The same cart hashes the same whichever order its options were picked in. */
const hashRequest = <T extends { lines: OrderLineInput[] }>(request: T) => {
  const canonical = {
    ...request,
    lines: request.lines.map((line) => ({ ...line, optionIds: [...line.optionIds].sort() })),
  };
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
};
