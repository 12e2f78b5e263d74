import type { AddressInfo } from "node:net";
import { errorCodes } from "@tabletap/shared";
import express from "express";
import { describe, expect, it } from "vitest";
import { fail } from "../lib/result.js";
import { errorStatus, sendFailure } from "./error-status.js";

describe("errorStatus", () => {
  it("gives every error code an HTTP error status, and names no other code", () => {
    expect(Object.keys(errorStatus).sort()).toEqual([...errorCodes].sort());
    for (const code of errorCodes) {
      expect(errorStatus[code], code).toBeGreaterThanOrEqual(400);
      expect(errorStatus[code], code).toBeLessThan(600);
    }
  });

  it("keeps the statuses the domain rules have always answered with", () => {
    expect({
      approval_required: errorStatus.approval_required,
      coupon_device_limit: errorStatus.coupon_device_limit,
      coupon_min_spend: errorStatus.coupon_min_spend,
      coupon_not_found: errorStatus.coupon_not_found,
      coupon_not_started: errorStatus.coupon_not_started,
      coupon_paused: errorStatus.coupon_paused,
      coupon_used_up: errorStatus.coupon_used_up,
      invalid_options: errorStatus.invalid_options,
      invalid_transition: errorStatus.invalid_transition,
      item_unavailable: errorStatus.item_unavailable,
      order_total_too_large: errorStatus.order_total_too_large,
      sold_out: errorStatus.sold_out,
      unknown_item: errorStatus.unknown_item,
    }).toEqual({
      approval_required: 409,
      coupon_device_limit: 409,
      coupon_min_spend: 422,
      coupon_not_found: 404,
      coupon_not_started: 422,
      coupon_paused: 422,
      coupon_used_up: 409,
      invalid_options: 422,
      invalid_transition: 409,
      item_unavailable: 409,
      order_total_too_large: 422,
      sold_out: 409,
      unknown_item: 422,
    });
  });
});

describe("sendFailure", () => {
  it("answers with the table's status and the error body, details only when there are some", async () => {
    const app = express();
    app.get("/sold-out", (_req, res) => sendFailure(res, fail("sold_out", "Sorry", { line: 0 })));
    app.get("/gone", (_req, res) => sendFailure(res, fail("invitation_invalid", "Ask again")));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const soldOut = await fetch(`${base}/sold-out`);
      expect(soldOut.status).toBe(409);
      expect(await soldOut.json()).toEqual({
        error: { code: "sold_out", message: "Sorry", details: { line: 0 } },
      });
      const gone = await fetch(`${base}/gone`);
      expect(gone.status).toBe(410);
      expect(await gone.json()).toEqual({ error: { code: "invitation_invalid", message: "Ask again" } });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
