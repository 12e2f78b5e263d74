import { z } from "zod";
import { contract } from "../http/contract.js";
import { idParams } from "../http/params.js";
import * as serviceRequestRoutes from "./routes.js";
import {
  callStaffRequestSchema,
  merchantServiceRequestsSchema,
  serviceRequestSchema,
  serviceRequestSettingsSchema,
  tableServiceSchema,
} from "./schemas.js";

const tokenParams = z.object({ token: z.string().describe("The table's QR token") });

export const serviceRequestSchemas = {
  getTableService: { params: tokenParams, response: tableServiceSchema },
  callStaff: { params: tokenParams, body: callStaffRequestSchema, response: serviceRequestSchema },
  listServiceRequests: { response: merchantServiceRequestsSchema },
  acknowledgeServiceRequest: { params: idParams, response: serviceRequestSchema },
  getServiceRequestSettings: { response: serviceRequestSettingsSchema },
  updateServiceRequestSettings: {
    body: serviceRequestSettingsSchema,
    response: serviceRequestSettingsSchema,
  },
};

export const serviceRequestContract = /* @__PURE__ */ contract(serviceRequestRoutes, serviceRequestSchemas);
