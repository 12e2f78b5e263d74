import type { ServiceRequest } from "@tabletap/shared";
import { useCallback, useState } from "react";
import type { DinerSocket } from "../../lib/socket";
import { useTableSocket } from "../../lib/useTableSocket";

/** The newest state of each call, newest call first; answered ones stay to show "On the way". */
function merge(calls: ServiceRequest[], incoming: ServiceRequest[]): ServiceRequest[] {
  const byId = new Map(calls.map((call) => [call.id, call]));
  for (const call of incoming) {
    const known = byId.get(call.id);
    // An answer never goes back to "sent" because an older event arrived late.
    if (!known || known.status === "open") byId.set(call.id, call);
  }
  return [...byId.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/**
 * The table's calls for staff as this phone knows them: those it fetched or sent, and every one the
 * table's socket announces, so each phone at the table sees a call sent and then answered.
 */
export function useServiceCalls(tableToken: string, enabled: boolean) {
  const [calls, setCalls] = useState<ServiceRequest[]>([]);
  const add = useCallback(
    (incoming: ServiceRequest[]) => setCalls((current) => merge(current, incoming)),
    [],
  );
  const follow = useCallback(
    (socket: DinerSocket) => {
      const onUpdate = (call: ServiceRequest) => add([call]);
      socket.on("service-request:updated", onUpdate);
      return () => {
        socket.off("service-request:updated", onUpdate);
      };
    },
    [add],
  );
  useTableSocket(tableToken, enabled, follow);
  return { calls, add };
}
