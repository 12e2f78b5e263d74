import type { ServiceRequest } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { callAlertLevel, chimeKey, listCalls, mergeCall, type OpenCalls, shouldChime } from "./serviceCalls";

const call = (id: string, over: Partial<ServiceRequest> = {}): ServiceRequest => ({
  id,
  tableId: "t1",
  tableLabel: "T1",
  kind: "water",
  name: "Water",
  status: "open",
  urgent: false,
  createdAt: `2026-01-01T10:00:0${id}.000Z`,
  acknowledgedAt: null,
  ...over,
});

describe("a board's open calls", () => {
  it("adds open calls, updates them, and drops answered ones", () => {
    let calls: OpenCalls = new Map();
    calls = mergeCall(calls, call("2"));
    calls = mergeCall(calls, call("1"));
    expect(listCalls(calls).map((c) => c.id)).toEqual(["1", "2"]);
    calls = mergeCall(calls, call("2", { urgent: true }));
    expect(calls.get("2")?.urgent).toBe(true);
    calls = mergeCall(calls, call("1", { status: "acknowledged" }));
    expect([...calls.keys()]).toEqual(["2"]);
  });

  it("keeps chiming until every call is answered, louder once one is urgent", () => {
    const open: OpenCalls = new Map([["1", call("1")]]);
    expect(callAlertLevel(new Map())).toBeNull();
    expect(callAlertLevel(open)).toBe("new");
    expect(shouldChime(open, null, 0)).toBe(true);
    const last = { at: 0, keys: new Set([chimeKey(call("1"))]) };
    expect(shouldChime(open, last, 9_000)).toBe(false);
    expect(shouldChime(open, last, 10_000)).toBe(true);
    const urgent: OpenCalls = new Map([["1", call("1", { urgent: true })]]);
    expect(callAlertLevel(urgent)).toBe("escalated");
    // Turning urgent sounds at once.
    expect(shouldChime(urgent, last, 1_000)).toBe(true);
    expect(shouldChime(new Map(), last, 60_000)).toBe(false);
  });
});
