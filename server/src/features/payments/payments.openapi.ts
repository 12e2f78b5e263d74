import { paymentContract } from "@tabletap/shared";
import { dinerToken, documented, error, paths, staffOnly } from "../../http/openapi-parts.js";
import { tabBillPaths } from "./tab/tab.openapi.js";

export const paymentPaths = paths(
  tabBillPaths,
  documented(paymentContract.startCheckout, {
    ...dinerToken,
    summary:
      "Open the shop's payment provider for a pay-first order; the provider charges total + tip (body optional)",
    success: "Where to send the diner",
    responses: {
      "400": error("A negative, fractional or huge tip"),
      "409": error(
        "Nothing left to pay (`payment_not_needed`), online payment is not available, or a different tip was already chosen (`tip_locked`)",
      ),
      "422": error("A tip above the order's total (`tip_too_large`)"),
      "503": error(
        "The shop's provider is not configured on this deployment (`payment_provider_unavailable`); no other provider is used instead",
      ),
    },
  }),
  documented(paymentContract.markOrderPaid, {
    ...staffOnly,
    summary: "The diner paid a counter order at the till, with an optional tip recorded apart from sales",
    success: "The order, paid",
    responses: {
      "400": error("A negative, fractional or huge tip"),
      "422": error("A tip above the order's total (`tip_too_large`)"),
      "404": error("No such order in this shop"),
      "409": error("The order is not waiting to be paid at the counter (`payment_not_needed`)"),
    },
  }),
);
