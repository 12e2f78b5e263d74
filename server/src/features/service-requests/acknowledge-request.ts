import type { ServiceRequest } from "@tabletap/shared";
import { fail, type Result, succeed } from "../../lib/result.js";
import type { ServiceDeps } from "./call-staff.js";
import { acknowledgeOpenRequest, findShopRequest } from "./service-requests.repository.js";

/**
 * A member of staff answers a call of their own shop. Only the change that answered it is announced (the
 * board drops it, the table's phones show "On the way"); acknowledging it again answers it as it is.
 */
export async function acknowledgeRequest(
  deps: ServiceDeps,
  target: { shopId: string; id: string; staffId: string },
): Promise<Result<ServiceRequest>> {
  return deps.runUnit(async (unit) => {
    const answered = await acknowledgeOpenRequest(unit.trx, { ...target, now: deps.clock() });
    const request = await findShopRequest(unit.trx, target.shopId, target.id);
    if (!request) return fail("not_found", "No such call in this shop");
    if (answered) unit.afterCommit(() => deps.publisher.serviceRequestUpdated(target.shopId, request));
    return succeed(request);
  });
}
