import type { RunUnit } from "../../db/unit-of-work.js";
import type { JobHandlers } from "../../queue/workers.js";
import type { Publisher } from "../../realtime/publisher.js";
import { escalateOpenRequest } from "./service-requests.repository.js";

/**
 * The shop's minutes are up for a call: if nobody answered it, the boards mark it urgent. The conditional
 * update makes it happen once, whether the job is retried, delivered twice or fires after an answer.
 */
export function serviceRequestHandlers(deps: {
  runUnit: RunUnit;
  publisher: Publisher;
  clock: () => number;
}): Pick<JobHandlers, "service-request.escalate"> {
  return {
    "service-request.escalate": ({ requestId }) =>
      deps.runUnit(async (unit) => {
        const escalated = await escalateOpenRequest(unit.trx, requestId, deps.clock());
        if (!escalated) return;
        unit.afterCommit(() => deps.publisher.serviceRequestUpdated(escalated.shopId, escalated.request));
      }),
  };
}
