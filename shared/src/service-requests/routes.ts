import type { Route, TypesOf } from "../http/route.js";
import type { serviceRequestSchemas } from "./contract.js";

// Service requests: a table's phone calls staff (water, the bill…); the board acknowledges.
// Each route is its own export, so a page bundles only the routes it calls.
type R<
  Id extends keyof typeof serviceRequestSchemas,
  Body = TypesOf<(typeof serviceRequestSchemas)[Id]>["body"],
> = Route<Id, TypesOf<(typeof serviceRequestSchemas)[Id], Body>>;

export const getTableService: R<"getTableService"> = {
  operationId: "getTableService",
  method: "GET",
  path: "/api/tables/{token}/service-requests",
  status: 200,
};
/** 201 when the call is new, 200 when the same kind is still open at the table (that call again). */
export const callStaff: R<"callStaff"> = {
  operationId: "callStaff",
  method: "POST",
  path: "/api/tables/{token}/service-requests",
  status: 201,
};
export const listServiceRequests: R<"listServiceRequests"> = {
  operationId: "listServiceRequests",
  method: "GET",
  path: "/api/merchant/service-requests",
  status: 200,
};
export const acknowledgeServiceRequest: R<"acknowledgeServiceRequest"> = {
  operationId: "acknowledgeServiceRequest",
  method: "POST",
  path: "/api/merchant/service-requests/{id}/acknowledge",
  status: 200,
};
export const getServiceRequestSettings: R<"getServiceRequestSettings"> = {
  operationId: "getServiceRequestSettings",
  method: "GET",
  path: "/api/merchant/service-requests/settings",
  status: 200,
};
export const updateServiceRequestSettings: R<"updateServiceRequestSettings"> = {
  operationId: "updateServiceRequestSettings",
  method: "PUT",
  path: "/api/merchant/service-requests/settings",
  status: 200,
};
