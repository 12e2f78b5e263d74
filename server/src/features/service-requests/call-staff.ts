import { randomUUID } from "node:crypto";
import type { ServiceRequest } from "@tabletap/shared";
import type { RunUnit } from "../../db/unit-of-work.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import type { Publisher } from "../../realtime/publisher.js";
import type { TableRow } from "../tables/index.js";
import { readServiceSettings } from "./service-request-settings.repository.js";
import { findOpenRequest, insertOpenRequest, toServiceRequest } from "./service-requests.repository.js";

const MINUTE = 60 * 1000;

export interface ServiceDeps {
  runUnit: RunUnit;
  publisher: Publisher;
  clock: () => number;
}

/**
 * A table's phone calls staff for one kind of the shop's list. A call of that kind still open at the table
 * is answered again instead of adding another (`created: false`); a new one reaches the board and the
 * table's phones once committed, with its escalation queued in the same change when the shop wants one.
 */
export async function callStaff(
  deps: ServiceDeps,
  table: TableRow,
  kindId: string,
): Promise<Result<{ request: ServiceRequest; created: boolean }>> {
  return deps.runUnit(async (unit) => {
    const settings = await readServiceSettings(unit.trx, table.shopId);
    const kind = settings.kinds.find((entry) => entry.id === kindId);
    if (!kind) return fail("unknown_service_kind", "This shop does not take calls of that kind");
    const now = deps.clock();
    const row = {
      id: randomUUID(),
      shopId: table.shopId,
      tableId: table.id,
      tableLabel: table.label,
      kind: kind.id,
      name: kind.name,
      createdAt: now,
      escalatedAt: null,
      acknowledgedAt: null,
      acknowledgedBy: null,
    };
    if (!(await insertOpenRequest(unit.trx, row))) {
      return succeed({ request: await findOpenRequest(unit.trx, table.id, kind.id), created: false });
    }
    if (settings.escalateAfterMinutes > 0) {
      await unit.enqueue({
        name: "service-request.escalate",
        payload: { requestId: row.id },
        now,
        delayMs: settings.escalateAfterMinutes * MINUTE,
      });
    }
    const request = toServiceRequest(row);
    unit.afterCommit(() => deps.publisher.serviceRequestCreated(table.shopId, request));
    return succeed({ request, created: true });
  });
}
