// A new shop in one go: its row, owner, tables and counter, and a menu; the demo shop on an empty database.
// Imports auth, menu, shops, staff and tables; only the app's wiring and scripts import it.
export { createShop } from "./create-shop.js";
export { DEMO_SLUG, type DemoInfo, seedDemo } from "./demo-seed.js";
