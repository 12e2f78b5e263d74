import type { TableMenu } from "@tabletap/shared";
import { useRef, useState } from "react";
import { useLocation } from "wouter";
import { ApiRequestError, createOrder } from "../../lib/api";
import { saveOrder } from "../../lib/orderStore";
import { text } from "../../lib/text";
import { toOrderRequest } from "./orderRequest";
import type { CartApi } from "./useCart";

interface PlaceOrderOptions {
  menu: TableMenu;
  tableToken: string;
  cart: CartApi;
  /** Called when the server says the menu moved on (sold out, removed item, changed options). */
  onMenuChanged: () => void;
}

export interface PlaceOrderState {
  place: () => Promise<void>;
  submitting: boolean;
  /** The server's own message, shown until the cart changes or the diner tries again. */
  error: string | null;
}

const menuChangedCodes = new Set(["sold_out", "unknown_item", "invalid_options"]);

export function usePlaceOrder({ menu, tableToken, cart, onMenuChanged }: PlaceOrderOptions): PlaceOrderState {
  const [, navigate] = useLocation();
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<{ message: string; cartVersion: number } | null>(null);
  // State updates are async, so a fast double tap could pass a `submitting` check; a ref cannot.
  const inFlight = useRef(false);

  const place = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSubmitting(true);
    setFailure(null);
    const idempotencyKey = cart.beginSubmission();
    try {
      const body = toOrderRequest(cart.cart, menu.table, tableToken);
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
      cart.clear();
      navigate(`/orders/${encodeURIComponent(order.id)}`);
    } catch (error) {
      const message = error instanceof ApiRequestError ? error.message : text.errors.generic;
      setFailure({ message, cartVersion: cart.cart.updatedAt });
      if (error instanceof ApiRequestError && menuChangedCodes.has(error.code)) onMenuChanged();
    } finally {
      inFlight.current = false;
      setSubmitting(false);
    }
  };

  const error = failure && failure.cartVersion === cart.cart.updatedAt ? failure.message : null;
  return { place, submitting, error };
}
