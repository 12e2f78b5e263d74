import { sandboxSecretFrom } from "@tabletap/server/features/payments/sandbox/sandbox.provider";
import { signPayload } from "@tabletap/server/features/payments/signing";
import type { Order } from "@tabletap/shared";
import { expect } from "vitest";
import { getJson, placeOrder, postJson } from "./api.js";
import type { TestShop } from "./fixtures.js";
import { TEST_SESSION_SECRET, type TestServer } from "./test-server.js";

export interface PendingPayment {
  order: Order;
  orderToken: string;
  checkoutId: string;
  checkoutUrl: string;
}

/** A pay-first order with its sandbox checkout opened, the way the diner page does it. */
export async function orderAwaitingPayment(
  server: Pick<TestServer, "url">,
  shop: TestShop,
  quantity = 1,
): Promise<PendingPayment> {
  const placed = await placeOrder(server.url, {
    tableToken: shop.tableToken,
    lines: [{ itemId: shop.item("Tea").id, quantity }],
  });
  expect(placed.status).toBe(201);
  expect(placed.body.order.status).toBe("pending_payment");
  const checkout = await postJson<{ checkoutUrl: string }>(
    `${server.url}/api/orders/${placed.body.order.id}/checkout`,
    undefined,
    {
      Authorization: `Bearer ${placed.body.orderToken}`,
    },
  );
  expect(checkout.status).toBe(201);
  const checkoutId = checkout.body.checkoutUrl.split("/").pop() ?? "";
  return { ...placed.body, checkoutId, checkoutUrl: checkout.body.checkoutUrl };
}

/** Presses a button on the sandbox checkout page, with its test knobs as form fields. */
export async function pressSandbox(
  payment: PendingPayment,
  decision: "pay" | "cancel",
  knobs: Record<string, string> = {},
) {
  const response = await fetch(`${payment.checkoutUrl}/${decision}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(knobs).toString(),
    redirect: "manual",
  });
  expect(response.status).toBe(303);
}

/** A notification exactly as the sandbox provider signs it; tests use it to replay, forge and race. */
export function signedNotification(
  payment: PendingPayment,
  event: {
    id: string;
    type?: "payment.succeeded" | "payment.failed";
    amount: number;
    currency?: string;
    at?: number;
  },
) {
  const body = JSON.stringify({
    id: event.id,
    type: event.type ?? "payment.succeeded",
    data: { reference: payment.checkoutId, amount: event.amount, currency: event.currency ?? "CNY" },
  });
  const signature = signPayload(sandboxSecretFrom(TEST_SESSION_SECRET), body, event.at ?? Date.now());
  return { body, signature };
}

export const postNotification = (
  server: Pick<TestServer, "url">,
  note: { body: string; signature: string },
) =>
  fetch(`${server.url}/api/webhooks/sandbox`, {
    method: "POST",
    headers: { "Content-Type": "application/json", "Sandbox-Signature": note.signature },
    body: note.body,
  });

export async function readOrder(server: TestServer, payment: PendingPayment): Promise<Order> {
  const res = await getJson<{ order: Order }>(`${server.url}/api/orders/${payment.order.id}`, {
    Authorization: `Bearer ${payment.orderToken}`,
  });
  return res.body.order;
}
