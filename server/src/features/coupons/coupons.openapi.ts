import { couponContract } from "@tabletap/shared";
import { documented, error, limited, paths, requires } from "../../http/openapi-parts.js";

const managers = requires("coupons.manage");

const refusals =
  "`coupon_expired`, `coupon_not_started`, `coupon_paused` or `coupon_min_spend` (422); " +
  "`coupon_used_up` or `coupon_device_limit` (409); `coupon_not_found` (404). Each message is an English " +
  "sentence for the diner; apps in other languages word the code themselves, using `details` " +
  "(`coupon_min_spend`: `minSpend` in minor units with the shop's `currency` and `locale`; " +
  "`coupon_not_started`: `startsAt` as ISO time and the shop's `timeZone`).";

export const couponPaths = paths(
  documented(couponContract.listCoupons, {
    ...managers,
    summary: "The shop's promotion codes with their rules and how often each is used",
    success: "Coupons, newest first",
  }),
  documented(couponContract.createCoupon, {
    ...managers,
    summary: "Create a code: percent or fixed amount off, minimum spend, window (shop's local time), limits",
    success: "Created",
    responses: {
      "400": error("Invalid rules (a percentage over 100, an end before the start, …)"),
      "409": error("Another coupon in this shop has this code (`coupon_code_taken`)"),
    },
  }),
  documented(couponContract.updateCoupon, {
    ...managers,
    summary: "Change a code's rules, or pause and resume it",
    success: "Changed",
    responses: {
      "400": error("Invalid rules"),
      "404": error("No such coupon in this shop (`not_found`)"),
    },
  }),
  documented(couponContract.previewCoupon, {
    tags: ["diner"],
    summary:
      "Check a code against a cart and show its discount, without using it (the order checks again and uses it)",
    success: "The discount on this cart",
    responses: {
      "400": error("Malformed body"),
      "404": error(`Unknown QR token (\`table_not_found\`) or code (\`coupon_not_found\`)`),
      "409": error(refusals),
      "422": error(refusals),
      ...limited(
        "Too many wrong codes (404) from this table code, device or address in 15 minutes: every code is refused, the real one too, until the window ends",
      ),
    },
  }),
);
