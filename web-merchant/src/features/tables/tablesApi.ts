import {
  type MerchantTable,
  type TableSettings,
  type TableUpdateRequest,
  tableRoutes,
} from "@tabletap/shared";
import { type ApiResult, call, pick } from "../../lib/api";

// Table changes answer `{table}`; screens want the table itself.
const table = (result: ApiResult<{ table: MerchantTable }>) => pick(result, (answer) => answer.table);

/** The tables page's calls: every role reads and seats; owners and managers manage codes. */
export const tablesApi = {
  list: () => call(tableRoutes.listTables, {}),
  add: async (label: string) => table(await call(tableRoutes.createTable, { body: { label } })),
  update: async (id: string, body: TableUpdateRequest) =>
    table(await call(tableRoutes.updateTable, { params: { id }, body })),
  replaceCode: async (id: string) => table(await call(tableRoutes.replaceTableCode, { params: { id } })),
  open: async (id: string) => table(await call(tableRoutes.openTable, { params: { id } })),
  close: async (id: string) => table(await call(tableRoutes.closeTable, { params: { id } })),
  saveSettings: (body: TableSettings) => call(tableRoutes.updateTableSettings, { body }),
};
