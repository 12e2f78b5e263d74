// The shop's menu: diners read it, staff edit it and its photos, and carts are priced from it.
// Imports auth, shops, tables and ratings.

export { menuPaths } from "./menu.openapi.js";
export { menuVersion } from "./menu.repository.js";
export { menuRoutes } from "./menu.routes.js";
export { menuAdminRoutes } from "./menu-admin.routes.js";
export { announceMenu } from "./menu-changes.js";
export { menuFirstScreen } from "./menu-page.js";
export { menuPhotoRoutes, menuPhotoUploadRoute } from "./menu-photo.routes.js";
export { insertMenu, type MenuSeed } from "./menu-seed.repository.js";
export { orderableItems } from "./orderable-items.js";
export { closedAt, confirmPrices, priceOrder } from "./price-order.js";
