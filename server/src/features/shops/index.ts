// A shop's row: found by id or slug, its order sequence and row lock, its settings and board settings.
// Imports only auth.
export { boardSettingsRoutes } from "./board-settings.routes.js";
export { setClosingTime } from "./closing-time.repository.js";
export { lastSeqOf, setLastSeq } from "./last-seq.repository.js";
export { bumpMenuVersion, menuVersion } from "./menu-version.repository.js";
export { anyShopExists, findShopBySlug, insertShop, type NewShopRow } from "./new-shop.repository.js";
export { shopSettingsPaths } from "./shop-settings.openapi.js";
export { shopSettingsRoutes } from "./shop-settings.routes.js";
export { findShop, lockShop, nextSeq, takeOrderSeq } from "./shops.repository.js";
export { setSittingsEnabled, sittingsEnabled } from "./sittings-setting.repository.js";
