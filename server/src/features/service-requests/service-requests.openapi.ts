import { serviceRequestContract as contract, serviceRequestSchema } from "@tabletap/shared";
import { documented, error, limited, ok, paths, requires } from "../../http/openapi-parts.js";

const diner = { tags: ["diner"] };
const unknownCode = error(
  "Not an active table's code (`table_not_found`, also for the counter), or a replaced one (`table_code_replaced`)",
);

export const serviceRequestPaths = paths(
  documented(contract.getTableService, {
    ...diner,
    summary: "What this table's phones may call staff for, and the table's open and lately answered calls",
    success: "The shop's list and the table's calls",
    responses: { "404": unknownCode },
  }),
  documented(contract.callStaff, {
    ...diner,
    summary: "Call staff to the table (water, the bill…); a kind still open at the table answers that call",
    success: "A new call; the board hears `service-request:created` and the table `service-request:updated`",
    responses: {
      "200": ok("The table's call of this kind is still open: that call, nothing new", serviceRequestSchema),
      "400": error("Not a kind id, or unknown fields"),
      "404": unknownCode,
      "422": error("The shop's list has no such kind (`unknown_service_kind`)"),
      ...limited("Calls per table code per minute"),
    },
  }),
  documented(contract.listServiceRequests, {
    ...requires("board.use"),
    summary: "The shop's open calls for staff, oldest first",
    success: "Open calls",
  }),
  documented(contract.acknowledgeServiceRequest, {
    ...requires("board.use"),
    summary: "Answer a call: the board drops it and the table's phones show that someone is on the way",
    success: "The call, acknowledged (again the same answer if it was already)",
    responses: { "404": error("No such call in this shop") },
  }),
  documented(contract.getServiceRequestSettings, {
    ...requires("payments.settings"),
    summary: "What diners may call staff for and when an unanswered call turns urgent",
    success: "The shop's list (the default one until edited) and minutes",
  }),
  documented(contract.updateServiceRequestSettings, {
    ...requires("payments.settings"),
    summary: "Replace the list diners may call staff for (1–8 kinds) and the escalation minutes (0 = off)",
    success: "The saved settings",
    responses: { "400": error("An empty or too long list, a repeated id, or minutes outside 0–60") },
  }),
);
