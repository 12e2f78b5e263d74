import type { Route, TypesOf } from "../http/route.js";
import type { tableSchemas } from "./contract.js";

// Tables: the console's codes and sittings, and a table's open tab for its diners.
// Each route is its own export, so a page bundles only the routes it calls.
type R<Id extends keyof typeof tableSchemas, Body = TypesOf<(typeof tableSchemas)[Id]>["body"]> = Route<
  Id,
  TypesOf<(typeof tableSchemas)[Id], Body>
>;

export const listTables: R<"listTables"> = {
  operationId: "listTables",
  method: "GET",
  path: "/api/merchant/tables",
  status: 200,
};
export const createTable: R<"createTable"> = {
  operationId: "createTable",
  method: "POST",
  path: "/api/merchant/tables",
  status: 201,
};
export const updateTableSettings: R<"updateTableSettings"> = {
  operationId: "updateTableSettings",
  method: "PATCH",
  path: "/api/merchant/tables/settings",
  status: 200,
};
export const updateTable: R<"updateTable"> = {
  operationId: "updateTable",
  method: "PATCH",
  path: "/api/merchant/tables/{id}",
  status: 200,
};
export const replaceTableCode: R<"replaceTableCode"> = {
  operationId: "replaceTableCode",
  method: "POST",
  path: "/api/merchant/tables/{id}/token",
  status: 200,
};
/** 201 when it opens, 200 when it was open already. */
export const openTable: R<"openTable"> = {
  operationId: "openTable",
  method: "POST",
  path: "/api/merchant/tables/{id}/sitting",
  status: 201,
};
export const closeTable: R<"closeTable"> = {
  operationId: "closeTable",
  method: "DELETE",
  path: "/api/merchant/tables/{id}/sitting",
  status: 200,
};
export const getTableTab: R<"getTableTab"> = {
  operationId: "getTableTab",
  method: "GET",
  path: "/api/tables/{token}/tab",
  status: 200,
};
