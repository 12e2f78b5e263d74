import type { ServiceRequest } from "@tabletap/shared";
import { ALERT_REPEAT_MS, type AlertLevel } from "../board/alerts";

/** The open calls a board shows, by id, oldest first when listed. */
export type OpenCalls = ReadonlyMap<string, ServiceRequest>;

/** Takes a call's newest state: an answered call leaves the board, an open one is added or updated. */
export function mergeCall(calls: OpenCalls, call: ServiceRequest): OpenCalls {
  const next = new Map(calls);
  if (call.status === "open") next.set(call.id, call);
  else next.delete(call.id);
  return next;
}

export const listCalls = (calls: OpenCalls): ServiceRequest[] =>
  [...calls.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

/** Any open call keeps the alert going until someone acknowledges it; an urgent one sounds the alarm. */
export function callAlertLevel(calls: OpenCalls): AlertLevel | null {
  if (calls.size === 0) return null;
  return [...calls.values()].some((call) => call.urgent) ? "escalated" : "new";
}

/**
 * Whether to sound now: at once for a call not heard yet (new, or just turned urgent), then every
 * `ALERT_REPEAT_MS` of the level while any call waits.
 */
export function shouldChime(
  calls: OpenCalls,
  last: { at: number; keys: ReadonlySet<string> } | null,
  now: number,
): boolean {
  const level = callAlertLevel(calls);
  if (level === null) return false;
  if (last === null) return true;
  if ([...calls.values()].some((call) => !last.keys.has(chimeKey(call)))) return true;
  return now - last.at >= ALERT_REPEAT_MS[level];
}

export const chimeKey = (call: ServiceRequest) => `${call.id}:${call.urgent ? "urgent" : "open"}`;
