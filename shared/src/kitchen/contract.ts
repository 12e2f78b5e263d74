import { z } from "zod";
import { contract } from "../http/contract.js";
import { idParams } from "../http/params.js";
import { orderEnvelopeSchema } from "../orders/contract.js";
import * as kitchenRoutes from "./routes.js";
import {
  createPrinterSchema,
  createStationSchema,
  printerListSchema,
  printerSchema,
  printTicketListSchema,
  printTicketSchema,
  stationItemsSchema,
  stationListSchema,
  stationSchema,
  updatePrinterSchema,
  updateStationSchema,
} from "./schemas.js";

const stationParams = z.object({ id: z.string(), stationId: z.string() });

export const kitchenSchemas = {
  listStations: { response: stationListSchema },
  createStation: { body: createStationSchema, response: stationSchema },
  updateStation: { params: idParams, body: updateStationSchema, response: stationSchema },
  deleteStation: { params: idParams, response: stationListSchema },
  routeStationItems: { params: idParams, body: stationItemsSchema, response: stationSchema },
  bumpStation: { params: stationParams, response: orderEnvelopeSchema },
  listPrinters: { response: printerListSchema },
  createPrinter: { body: createPrinterSchema, response: printerSchema },
  updatePrinter: { params: idParams, body: updatePrinterSchema, response: printerSchema },
  listPrintTickets: { response: printTicketListSchema },
  reprintTicket: { params: idParams, response: printTicketSchema },
};

export const kitchenContract = /* @__PURE__ */ contract(kitchenRoutes, kitchenSchemas);
