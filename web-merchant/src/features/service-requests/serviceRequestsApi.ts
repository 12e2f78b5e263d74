import { serviceRequestRoutes as routes, type ServiceRequestSettings } from "@tabletap/shared";
import { call, pick } from "../../lib/api";

/** The board's calls for staff, and the owner's list of what diners may call for. */
export const serviceRequestsApi = {
  open: async () => pick(await call(routes.listServiceRequests, {}), (answer) => answer.requests),
  acknowledge: (id: string) => call(routes.acknowledgeServiceRequest, { params: { id } }),
  settings: () => call(routes.getServiceRequestSettings, {}),
  saveSettings: (body: ServiceRequestSettings) => call(routes.updateServiceRequestSettings, { body }),
};
