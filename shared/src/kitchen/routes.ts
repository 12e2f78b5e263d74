import type { Route, TypesOf } from "../http/route.js";
import type { kitchenSchemas } from "./contract.js";

// Kitchen stations and their ticket printers: routing dishes, per-station bumps, printer state, reprints.
type R<Id extends keyof typeof kitchenSchemas, Body = TypesOf<(typeof kitchenSchemas)[Id]>["body"]> = Route<
  Id,
  TypesOf<(typeof kitchenSchemas)[Id], Body>
>;

export const listStations: R<"listStations"> = {
  operationId: "listStations",
  method: "GET",
  path: "/api/merchant/stations",
  status: 200,
};
export const createStation: R<"createStation"> = {
  operationId: "createStation",
  method: "POST",
  path: "/api/merchant/stations",
  status: 201,
};
export const updateStation: R<"updateStation"> = {
  operationId: "updateStation",
  method: "PATCH",
  path: "/api/merchant/stations/{id}",
  status: 200,
};
export const deleteStation: R<"deleteStation"> = {
  operationId: "deleteStation",
  method: "DELETE",
  path: "/api/merchant/stations/{id}",
  status: 200,
};
export const routeStationItems: R<"routeStationItems"> = {
  operationId: "routeStationItems",
  method: "PUT",
  path: "/api/merchant/stations/{id}/items",
  status: 200,
};
export const bumpStation: R<"bumpStation"> = {
  operationId: "bumpStation",
  method: "POST",
  path: "/api/merchant/orders/{id}/stations/{stationId}/done",
  status: 200,
};
export const listPrinters: R<"listPrinters"> = {
  operationId: "listPrinters",
  method: "GET",
  path: "/api/merchant/printers",
  status: 200,
};
export const createPrinter: R<"createPrinter"> = {
  operationId: "createPrinter",
  method: "POST",
  path: "/api/merchant/printers",
  status: 201,
};
export const updatePrinter: R<"updatePrinter"> = {
  operationId: "updatePrinter",
  method: "PATCH",
  path: "/api/merchant/printers/{id}",
  status: 200,
};
export const listPrintTickets: R<"listPrintTickets"> = {
  operationId: "listPrintTickets",
  method: "GET",
  path: "/api/merchant/print-tickets",
  status: 200,
};
export const reprintTicket: R<"reprintTicket"> = {
  operationId: "reprintTicket",
  method: "POST",
  path: "/api/merchant/print-tickets/{id}/reprint",
  status: 201,
};
