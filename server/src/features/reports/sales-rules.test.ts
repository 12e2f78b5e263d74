import { orderStatuses, paymentStatuses } from "@tabletap/shared";
import { describe, expect, it } from "vitest";
import { saleKind } from "./sales-rules.js";

describe("what counts as a sale", () => {
  it("counts every order that reached the kitchen and stands, paid or still owed", () => {
    for (const status of ["placed", "accepted", "preparing", "ready", "completed"]) {
      for (const paymentStatus of paymentStatuses) {
        expect(saleKind({ status, paymentStatus, placedAt: 1 })).toBe("standing");
      }
    }
  });

  it("keeps a paid order cancelled after reaching the kitchen as a refunded sale", () => {
    for (const paymentStatus of ["paid", "refund_pending", "refunded"]) {
      expect(saleKind({ status: "cancelled", paymentStatus, placedAt: 1 })).toBe("refunded");
    }
  });

  it("never counts money that only passed through, or an order that never reached the kitchen", () => {
    // Cancelled unpaid; cancelled before its (late, refunded) payment came; abandoned at checkout.
    expect(saleKind({ status: "cancelled", paymentStatus: "unpaid", placedAt: 1 })).toBe("none");
    expect(saleKind({ status: "cancelled", paymentStatus: "refunded", placedAt: null })).toBe("none");
    for (const paymentStatus of paymentStatuses) {
      expect(saleKind({ status: "pending_payment", paymentStatus, placedAt: null })).toBe("none");
      expect(saleKind({ status: "expired", paymentStatus, placedAt: null })).toBe("none");
    }
  });

  it("has an answer for every status", () => {
    const kinds = orderStatuses.map((status) => saleKind({ status, paymentStatus: "paid", placedAt: 1 }));
    expect(kinds).toEqual([
      "none",
      "standing",
      "standing",
      "standing",
      "standing",
      "standing",
      "refunded",
      "none",
    ]);
  });
});
