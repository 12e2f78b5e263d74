import type { TableMenu } from "@tabletap/shared";
import { useMemo, useState } from "react";
import { type CouponState, useCoupon } from "../coupons/useCoupon";
import { paymentMethodFor } from "../payments/paymentMethod";
import { noTip, type TipChoice, tipAmount } from "../payments/tip";
import type { PricedCart } from "./priceCart";
import type { CartApi } from "./useCart";

/** What the cart adds to its lines before paying: a promotion code and, for online payment, a tip. */
export interface CheckoutExtras {
  coupon: CouponState;
  tipChoice: TipChoice;
  setTipChoice: (choice: TipChoice) => void;
  /** The server's discount on this cart (0 without a valid code). */
  discount: number;
  /** Minor units; 0 when paying at the counter (staff record a tip there). */
  tip: number;
  /** Only a code the server accepted for this cart is sent with the order. */
  couponCode: string | null;
}

export function useCheckoutExtras(
  menu: TableMenu,
  tableToken: string,
  cart: CartApi,
  priced: PricedCart,
): CheckoutExtras {
  const lines = useMemo(
    () =>
      priced.lines
        .filter((line) => line.problem === null)
        .map(({ line }) => ({ itemId: line.itemId, quantity: line.quantity, optionIds: line.optionIds })),
    [priced.lines],
  );
  const coupon = useCoupon(menu.table, tableToken, lines);
  const [tipChoice, setTipChoice] = useState<TipChoice>(noTip);
  const discount = coupon.preview?.discount ?? 0;
  const online = paymentMethodFor(menu.shop.paymentMode, cart.cart.payment) === "online";
  const tip = online ? tipAmount(tipChoice, priced.total - discount) : 0;
  return { coupon, tipChoice, setTipChoice, discount, tip, couponCode: coupon.preview?.couponCode ?? null };
}
