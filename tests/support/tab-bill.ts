import { randomUUID } from "node:crypto";
import { sandboxSecretFrom } from "@tabletap/server/features/payments/sandbox/sandbox.provider";
import { signPayload } from "@tabletap/server/features/payments/signing";
import type { OpenedTabPart, TabBill } from "@tabletap/shared";
import { expect } from "vitest";
import { getJson, placeOrder, postJson } from "./api.js";
import type { TestShop } from "./fixtures.js";
import { TEST_SESSION_SECRET, type TestServer } from "./test-server.js";

type Server = Pick<TestServer, "url" | "db">;

export const readBill = async (server: Server, token: string): Promise<TabBill> => {
  const res = await getJson<TabBill>(`${server.url}/api/tables/${token}/tab/bill`);
  expect(res.status).toBe(200);
  return res.body;
};

export const openPart = (server: Server, token: string, body: unknown) =>
  postJson<OpenedTabPart & { error?: { code: string; details?: unknown } }>(
    `${server.url}/api/tables/${token}/tab/parts`,
    body,
  );

/** A round from the table, placed the way the phone places the shared cart. */
export async function orderRound(
  server: Server,
  shop: TestShop,
  token: string,
  lines: { item: string; quantity: number }[],
): Promise<string> {
  const placed = await placeOrder(server.url, {
    tableToken: token,
    lines: lines.map((line) => ({ itemId: shop.item(line.item).id, quantity: line.quantity })),
  });
  expect(placed.status).toBe(201);
  return placed.body.order.id;
}

/** The provider's notification for a part's checkout, signed as the sandbox signs it, with its event id. */
export async function notifyPart(
  server: Server,
  opened: OpenedTabPart,
  event: { id?: string; type?: "payment.succeeded" | "payment.failed"; amount?: number } = {},
): Promise<{ eventId: string; duplicate: boolean }> {
  const eventId = event.id ?? `evt_${randomUUID()}`;
  const body = JSON.stringify({
    id: eventId,
    type: event.type ?? "payment.succeeded",
    data: {
      reference: opened.checkoutUrl.split("/").pop(),
      amount: event.amount ?? opened.part.amount + opened.part.tip,
      currency: (await partCurrency(server, opened.part.id)) ?? "CNY",
    },
  });
  const res = await fetch(`${server.url}/api/webhooks/sandbox`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "Sandbox-Signature": signPayload(sandboxSecretFrom(TEST_SESSION_SECRET), body, Date.now()),
    },
    body,
  });
  expect(res.status).toBe(200);
  const answer = (await res.json()) as { duplicate: boolean };
  return { eventId, duplicate: answer.duplicate };
}

const partCurrency = async (server: Server, partId: string) =>
  (await server.db.selectFrom("tabParts").select("currency").where("id", "=", partId).executeTakeFirst())
    ?.currency;

/** Waits for the confirm job to record what a notification did. */
export async function outcomeOf(server: Server, eventId: string): Promise<string> {
  let outcome: string | null = null;
  await expect
    .poll(
      async () => {
        const row = await server.db
          .selectFrom("paymentEvents")
          .select("outcome")
          .where("eventId", "=", eventId)
          .executeTakeFirst();
        outcome = row?.outcome ?? null;
        return outcome;
      },
      { timeout: 10_000, interval: 25 },
    )
    .not.toBeNull();
  return outcome ?? "";
}

export const partRow = (server: Server, partId: string) =>
  server.db.selectFrom("tabParts").selectAll().where("id", "=", partId).executeTakeFirstOrThrow();

/** Presses Pay on the part's sandbox checkout page: the sandbox takes the money and notifies us itself. */
export async function payOnSandbox(opened: OpenedTabPart, knobs: Record<string, string> = {}) {
  const response = await fetch(`${opened.checkoutUrl}/pay`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(knobs).toString(),
    redirect: "manual",
  });
  expect(response.status).toBe(303);
}

export async function partSettles(server: Server, partId: string, status: string) {
  await expect
    .poll(async () => (await partRow(server, partId)).status, { timeout: 10_000, interval: 25 })
    .toBe(status);
}

/** The ids of the provider events stored for a part's checkout. */
export const eventsOfPart = async (server: Server, opened: OpenedTabPart) =>
  server.db
    .selectFrom("paymentEvents")
    .select(["eventId", "outcome"])
    .where("providerRef", "=", opened.checkoutUrl.split("/").pop() ?? "")
    .execute();
