// A shop's row (found by id, its order sequence, its settings), creating shops and the demo seed.
// Imports only auth.
export { boardSettingsRoutes } from "./board-settings.routes.js";
export { createShop } from "./create-shop.js";
export { DEMO_SLUG, type DemoInfo, seedDemo } from "./demo-seed.js";
export { lastSeqOf } from "./last-seq.repository.js";
export { shopSettingsPaths } from "./shop-settings.openapi.js";
export { shopSettingsRoutes } from "./shop-settings.routes.js";
export { findShop, nextSeq, takeOrderSeq } from "./shops.repository.js";
