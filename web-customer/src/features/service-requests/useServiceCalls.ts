import { type ServiceRequest, serviceRequestRoutes } from "@tabletap/shared";
import { useCallback, useState } from "react";
import { call } from "../../lib/api";
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
 * table's socket announces, so each phone at the table sees a call sent and then answered. After a
 * reconnect it asks for them again, in case an answer came while the phone was away.
 */
export function useServiceCalls(tableToken: string, enabled: boolean) {
  const [calls, setCalls] = useState<ServiceRequest[]>([]);
  const add = useCallback(
    (incoming: ServiceRequest[]) => setCalls((current) => merge(current, incoming)),
    [],
  );
  const follow = useCallback(
    (socket: DinerSocket) => {
      const onUpdate = (request: ServiceRequest) => add([request]);
      let connectedBefore = socket.connected;
      const onConnect = () => {
        if (connectedBefore) {
          call(serviceRequestRoutes.getTableService, { params: { token: tableToken } }).then(
            (service) => add(service.requests),
            () => {
              // The next reconnect, or opening the sheet, asks again.
            },
          );
        }
        connectedBefore = true;
      };
      socket.on("service-request:updated", onUpdate);
      socket.on("connect", onConnect);
      return () => {
        socket.off("service-request:updated", onUpdate);
        socket.off("connect", onConnect);
      };
    },
    [add, tableToken],
  );
  useTableSocket(tableToken, enabled, follow);
  return { calls, add };
}
