import type { TableMenu } from "@tabletap/shared";
import { useRef, useState } from "react";
import { useLocation } from "wouter";
import { ApiRequestError, createOrder } from "../../lib/api";
import { deviceId } from "../../lib/deviceId";
import { saveOrder } from "../../lib/orderStore";
import { t } from "../language/i18n";
import { checkoutUrlFor, leaveForCheckout } from "../payments/checkout";
import { paymentMethodFor } from "../payments/paymentMethod";
import { toOrderRequest } from "./orderRequest";
import type { CartApi } from "./useCart";
import type { CheckoutExtras } from "./useCheckoutExtras";

interface PlaceOrderOptions {
  menu: TableMenu;
  tableToken: string;
  cart: CartApi;
  /** Called when the server says the menu moved on (sold out, removed item, changed options). */
  onMenuChanged: () => void;
  /** A promotion code the server accepted and the tip chosen for an online payment. */
  extras?: Pick<CheckoutExtras, "couponCode" | "tip" | "coupon">;
}

/** `placing` while the order is created, `paying` while the provider's checkout is opened. */
export type PlaceOrderStage = "idle" | "placing" | "paying";

export interface PlaceOrderState {
  place: () => Promise<void>;
  stage: PlaceOrderStage;
  submitting: boolean;
  /** The server's own message, shown until the cart changes or the diner tries again. */
  error: string | null;
}

// A shop that changed its payment mode is a changed menu too: reloading it shows the new way to pay.
const menuChangedCodes = new Set([
  "sold_out",
  "item_unavailable",
  "unknown_item",
  "invalid_options",
  "payment_method_unavailable",
]);

export function usePlaceOrder(options: PlaceOrderOptions): PlaceOrderState {
  const { menu, tableToken, cart, onMenuChanged, extras } = options;
  const [, navigate] = useLocation();
  const [stage, setStage] = useState<PlaceOrderStage>("idle");
  const [failure, setFailure] = useState<{ message: string; cartVersion: number } | null>(null);
  // State updates are async, so a fast double tap could pass a `submitting` check; a ref cannot.
  const inFlight = useRef(false);

  const place = async () => {
    if (inFlight.current) return;
    // Refused rather than held: a held order could reach the kitchen long after the diner gave up on it,
    // or be paid for twice. The cart and its idempotency key stay for when the phone is back.
    if (!navigator.onLine) {
      setFailure({ message: t("offline.orderNotSent"), cartVersion: cart.cart.updatedAt });
      return;
    }
    inFlight.current = true;
    setStage("placing");
    setFailure(null);
    const idempotencyKey = cart.beginSubmission();
    try {
      const payment = paymentMethodFor(menu.shop.paymentMode, cart.cart.payment);
      const request = toOrderRequest(cart.cart, menu.table, tableToken, payment);
      const shared = cart.sharedClaim ? { ...request, sharedCart: cart.sharedClaim() } : request;
      const body = extras?.couponCode
        ? { ...shared, couponCode: extras.couponCode, deviceId: deviceId() }
        : shared;
      const { order, orderToken } = await createOrder(body, idempotencyKey);
      saveOrder(order.id, {
        orderToken,
        shopName: menu.shop.name,
        locale: menu.shop.locale,
        timezone: menu.shop.timezone,
        menuPath: `/t/${tableToken}`,
        pickupNumber: order.pickupNumber,
        createdAt: order.createdAt,
      });
      let checkoutUrl: string | undefined;
      if (order.status === "pending_payment") {
        setStage("paying");
        // If the checkout can't be opened now, the order page offers "Pay now" for another go.
        checkoutUrl = await checkoutUrlFor(order.id, orderToken, extras?.tip).catch(() => undefined);
      }
      cart.clear();
      // The code was used by this order; the next one starts without it.
      extras?.coupon.remove();
      // The order page goes into history first, so "back" from the provider's page lands on it.
      navigate(`/orders/${encodeURIComponent(order.id)}`);
      if (checkoutUrl) leaveForCheckout(checkoutUrl);
    } catch (error) {
      const message = !(error instanceof ApiRequestError)
        ? t("errors.generic")
        : // The order may have reached the server with its answer lost; the same key sent again returns it.
          error.code === "network"
          ? t("offline.orderUnconfirmed")
          : error.message;
      setFailure({ message, cartVersion: cart.cart.updatedAt });
      if (error instanceof ApiRequestError && menuChangedCodes.has(error.code)) onMenuChanged();
    } finally {
      inFlight.current = false;
      setStage("idle");
    }
  };

  const error = failure && failure.cartVersion === cart.cart.updatedAt ? failure.message : null;
  return { place, stage, submitting: stage !== "idle", error };
}
