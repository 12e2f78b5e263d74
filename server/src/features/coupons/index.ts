// Promotion codes: rules, the console's routes, the cart's preview and redemption inside an order.
// Imports auth, shops, tables and menu.

export { releaseCoupon } from "./coupon-uses.repository.js";
export { couponPaths } from "./coupons.openapi.js";
export { couponAdminRoutes, couponPreviewRoutes } from "./coupons.routes.js";
export { type CouponGuessLimits, createCouponGuessLimit } from "./guess-limit.js";
export { checkCoupon, takeCouponUse } from "./redeem.js";
