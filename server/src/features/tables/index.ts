// Tables and their QR codes, sittings (a table's open visit), and the answer to a replaced code.
// Imports auth and shops. A closed sitting's consequences above it (ending the tab) arrive as a callback.
export { announceTable } from "./announce-table.js";
export { findTableToken, insertTables } from "./new-tables.repository.js";
export { codeReplaced, replacedCodeRoutes } from "./replaced-code.routes.js";
export { findOpenSitting, insertOpenSitting, openSittingId } from "./sittings.repository.js";
export { sittingsRoutes } from "./sittings.routes.js";
export { tablesPaths } from "./tables.openapi.js";
export {
  findActiveTableByToken,
  findShopTable,
  isRetiredToken,
  listTables,
  type TableRow,
} from "./tables.repository.js";
export { tablesRoutes } from "./tables.routes.js";
