import { type OrderStatus, orderStatuses, staffSettableStatuses } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { invalidTransition, orderMove, staffMove } from "./status-rules.js";

describe("any writer's status move", () => {
  it("refuses moves off the machine: backwards, skipping ahead, out of a final status", () => {
    const illegal: [OrderStatus, OrderStatus][] = [
      ["ready", "preparing"],
      ["placed", "ready"],
      ["placed", "expired"],
      ["completed", "cancelled"],
      ["expired", "placed"],
      ["cancelled", "placed"],
    ];
    for (const [from, to] of illegal)
      expect(orderMove(from, to)).toEqual({ ok: false, reason: "invalid_transition" });
  });

  it("lets an order stay where it is without any of a change's effects", () => {
    for (const status of orderStatuses) {
      expect(orderMove(status, status)).toEqual({
        ok: true,
        changes: false,
        startsKitchenClock: false,
        releasesCoupon: false,
      });
    }
  });

  it("starts the kitchen's clock only when a paid order reaches placed", () => {
    expect(orderMove("pending_payment", "placed")).toMatchObject({
      ok: true,
      changes: true,
      startsKitchenClock: true,
    });
    expect(orderMove("placed", "accepted")).toMatchObject({ ok: true, startsKitchenClock: false });
  });

  it("gives the coupon back exactly when an order ends cancelled or expired", () => {
    expect(orderMove("pending_payment", "expired")).toMatchObject({ releasesCoupon: true });
    expect(orderMove("pending_payment", "cancelled")).toMatchObject({ releasesCoupon: true });
    expect(orderMove("ready", "cancelled")).toMatchObject({ releasesCoupon: true });
    expect(orderMove("ready", "completed")).toMatchObject({ releasesCoupon: false });
  });
});

describe("a move staff ask for", () => {
  const open = (from: OrderStatus) => ({ from, needsApproval: false });

  it("walks the kitchen path and tells the diner only when the order is ready", () => {
    expect(staffMove(open("placed"), "accepted")).toEqual({
      ok: true,
      notifiesDiner: false,
      settlesPayment: false,
    });
    expect(staffMove(open("accepted"), "ready")).toEqual({
      ok: true,
      notifiesDiner: true,
      settlesPayment: false,
    });
    expect(staffMove(open("preparing"), "ready")).toMatchObject({ notifiesDiner: true });
    expect(staffMove(open("ready"), "completed")).toMatchObject({ ok: true, notifiesDiner: false });
  });

  it("settles the money whenever staff cancel", () => {
    expect(staffMove(open("preparing"), "cancelled")).toEqual({
      ok: true,
      notifiesDiner: false,
      settlesPayment: true,
    });
    expect(staffMove(open("pending_payment"), "cancelled")).toMatchObject({ ok: true, settlesPayment: true });
  });

  it("refuses the status the order already has, and any step off the machine, saying from what", () => {
    expect(staffMove(open("ready"), "ready")).toEqual({
      ok: false,
      code: "invalid_transition",
      message: "An order that is ready cannot become ready",
      details: { from: "ready", to: "ready" },
    });
    expect(staffMove(open("pending_payment"), "accepted")).toMatchObject({
      code: "invalid_transition",
      message: "An order that is pending payment cannot become accepted",
    });
    for (const to of staffSettableStatuses) {
      for (const from of ["completed", "cancelled", "expired"] as const) {
        expect(staffMove(open(from), to)).toMatchObject({ ok: false, code: "invalid_transition" });
      }
    }
  });

  it("lets an order waiting for approval only be cancelled", () => {
    const waiting = { from: "placed" as const, needsApproval: true };
    expect(staffMove(waiting, "accepted")).toMatchObject({
      ok: false,
      code: "approval_required",
    });
    expect(staffMove(waiting, "cancelled")).toMatchObject({ ok: true, settlesPayment: true });
    // The machine is checked first: a waiting order can never skip ahead either.
    expect(staffMove(waiting, "completed")).toMatchObject({ code: "invalid_transition" });
  });

  it("says the order changed when another writer moved it first", () => {
    expect(invalidTransition("changed", "ready")).toMatchObject({
      code: "invalid_transition",
      details: { from: "changed", to: "ready" },
    });
  });
});
