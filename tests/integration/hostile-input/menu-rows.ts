import { randomUUID } from "node:crypto";
import { del, get, M, patch, post, type Row, row, shop, tea } from "./harness.js";

/** The diner's menu, the staff menu editor and photos, coupons and the diner's coupon preview. */
export const menuRows: Row[] = [
  // --- the diner's menu (table code)
  row("menu: unknown table code", "404 table_not_found", () => get(`/api/tables/${"B".repeat(22)}`)),
  row("menu: rotated table code", "404 table_code_replaced", (f) => get(`/api/tables/${f.rotatedToken}`)),
  // --- staff: menu
  row("category: name is empty after trimming", "400 validation_failed", () =>
    post(`${M}/menu/categories`, { name: "   " }),
  ),
  row("category: name with a line separator", "400 validation_failed", () =>
    post(`${M}/menu/categories`, { name: "Drinks\u2028Food" }),
  ),
  row("item: name with a right-to-left mark", "400 validation_failed", () =>
    post(`${M}/menu/items`, { categoryId: shop.menu.categories[0]?.id, name: "Tea\u200f", price: 100 }),
  ),
  row("item: name with an Arabic letter mark", "400 validation_failed", () =>
    post(`${M}/menu/items`, { categoryId: shop.menu.categories[0]?.id, name: "\u061cTea", price: 100 }),
  ),
  row("category: rename another shop's", "404 not_found", (f) =>
    patch(`${M}/menu/categories/${f.theirCategoryId}`, { name: "x" }),
  ),
  row("item: negative price", "400 validation_failed", () =>
    post(`${M}/menu/items`, { categoryId: shop.menu.categories[0]?.id, name: "Free", price: -1 }),
  ),
  row("item: fractional price", "400 validation_failed", () =>
    post(`${M}/menu/items`, { categoryId: shop.menu.categories[0]?.id, name: "Odd", price: 9.99 }),
  ),
  row("item: huge price", "400 validation_failed", () =>
    post(`${M}/menu/items`, { categoryId: shop.menu.categories[0]?.id, name: "Gold", price: 1e15 }),
  ),
  row("item: in another shop's category", "404 not_found", (f) =>
    post(`${M}/menu/items`, { categoryId: f.theirCategoryId, name: "Sneaky", price: 100 }),
  ),
  row("item: sold-out on another shop's item", "404 not_found", (f) =>
    post(`${M}/menu/items/${f.theirItemId}/sold-out`, { soldOut: true }),
  ),
  row("item: delete another shop's", "404 not_found", (f) => del(`${M}/menu/items/${f.theirItemId}`)),
  row("option group: min above max", "400 validation_failed", () =>
    post(`${M}/menu/items/${shop.item("Tea").id}/option-groups`, {
      name: "Size",
      minChoices: 3,
      maxChoices: 1,
    }),
  ),
  row("option: on another shop's group", "404 not_found", (f) =>
    post(`${M}/menu/option-groups/${f.theirGroupId}/options`, { name: "Extra", priceDelta: 100 }),
  ),
  row("option: fractional price delta", "400 validation_failed", (f) =>
    patch(`${M}/menu/options/${f.theirOptionId}`, { priceDelta: 0.5 }),
  ),
  // --- coupons (manager) and the diner's coupon preview
  row("coupon: 101 percent off", "400 validation_failed", () =>
    post(`${M}/coupons`, { code: "HUGE101", kind: "percent", value: 101 }),
  ),
  row("coupon: fractional fixed amount", "400 validation_failed", () =>
    post(`${M}/coupons`, { code: "HALFCENT", kind: "fixed", value: 1.5 }),
  ),
  row("coupon: negative minimum spend", "400 validation_failed", () =>
    post(`${M}/coupons`, { code: "NEGMIN", kind: "fixed", value: 100, minSpend: -1 }),
  ),
  row("coupon: window ends before it starts", "400 validation_failed", () =>
    post(`${M}/coupons`, {
      code: "BACKWARDS",
      kind: "fixed",
      value: 100,
      startsAt: "2030-01-02T10:00",
      endsAt: "2030-01-01T10:00",
    }),
  ),
  row("coupon: markup in the code", "400 validation_failed", () =>
    post(`${M}/coupons`, { code: "<b>X</b>", kind: "fixed", value: 100 }),
  ),
  row("coupon: usedCount sent by the client", "400 validation_failed", () =>
    post(`${M}/coupons`, { code: "CHEAT", kind: "fixed", value: 100, usedCount: -5 }),
  ),
  row("coupon: editing an unknown coupon id", "404 not_found", () =>
    patch(`${M}/coupons/${randomUUID()}`, { paused: true }),
  ),
  row("coupon preview: code is a number", "400 validation_failed", () =>
    post("/api/coupons/preview", {
      tableToken: shop.tableToken,
      lines: tea(),
      couponCode: 42,
      deviceId: "d",
    }),
  ),
  row("coupon preview: NUL in the table code", "400 validation_failed", () =>
    post("/api/coupons/preview", {
      tableToken: `${shop.tableToken.slice(0, 20)}\u0000`,
      lines: tea(),
      couponCode: "X",
      deviceId: "d",
    }),
  ),
  row("coupon preview: a counter code of one character", "400 validation_failed", () =>
    post("/api/coupons/preview", { counterToken: "x", lines: tea(), couponCode: "X", deviceId: "d" }),
  ),
  row("coupon preview: lines is a string", "400 validation_failed", () =>
    post("/api/coupons/preview", {
      tableToken: shop.tableToken,
      lines: "tea",
      couponCode: "X",
      deviceId: "d",
    }),
  ),
  // --- menu photos (staff)
  row("photo: markup sent as a PNG", "415 unsupported_media_type", () => ({
    method: "PUT",
    path: `${M}/menu/items/${shop.item("Tea").id}/photo`,
    raw: "<svg onload=alert(1)>",
    headers: { "Content-Type": "image/png" },
  })),
];
