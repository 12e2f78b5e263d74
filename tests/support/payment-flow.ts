import { randomUUID } from "node:crypto";
import type { Db } from "@tabletap/server/db/database";
import { expect } from "vitest";
import { placeOrder, postJson } from "./api.js";
import type { TestShop } from "./fixtures.js";
import { type PendingPayment, signedNotification } from "./payments.js";

/** What the diner's phone and the payment provider did for one order. */
interface Paid extends PendingPayment {
  eventId: string;
}

/** Retries a step the way phones and providers do (same idempotency key, same event), until it answers `ok`. */
async function untilOk<T>(
  step: () => Promise<{ status: number; body?: T }>,
  ok: number,
  failures: number[],
  deadline: number,
): Promise<T> {
  for (;;) {
    const res = await step().catch(() => ({ status: 0, body: undefined }));
    if (res.status === ok) return res.body as T;
    failures.push(res.status);
    if (Date.now() > deadline) throw new Error(`gave up after status ${res.status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Pay-first orders placed, checked out and paid one after another while a test breaks Redis or the
 * database underneath. Each step is retried until it succeeds; every provider notification is sent twice.
 */
export class PaymentFlow {
  /** Orders that got their 201, by id. */
  readonly placed = new Map<string, Paid | PendingPayment>();
  /** Orders whose payment notification the server acknowledged. */
  readonly notified: Paid[] = [];
  /** Statuses of refused or failed attempts (0 = no answer). */
  readonly failures: number[] = [];
  private stopping = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly url: string,
    private readonly shop: TestShop,
    private readonly maxMs = 45_000,
  ) {}

  start(): void {
    const deadline = Date.now() + this.maxMs;
    this.loop = (async () => {
      while (!this.stopping) await this.payOne(deadline);
    })();
  }

  /** Finishes the order in progress, then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.loop;
  }

  /** Resolves once the flow has completed `count` more payments than when called. */
  async progressed(count: number, timeout = 30_000): Promise<void> {
    const target = this.notified.length + count;
    await expect.poll(() => this.notified.length, { timeout, interval: 100 }).toBeGreaterThanOrEqual(target);
  }

  private async payOne(deadline: number): Promise<void> {
    const key = randomUUID();
    const body = {
      tableToken: this.shop.tableToken,
      lines: [{ itemId: this.shop.item("Tea").id, quantity: 1 }],
    };
    const placed = await untilOk(() => placeOrder(this.url, body, key), 201, this.failures, deadline);
    const pending = { ...placed, checkoutId: "", checkoutUrl: "" };
    this.placed.set(placed.order.id, pending);
    const checkout = await untilOk(
      () =>
        postJson<{ checkoutUrl: string }>(`${this.url}/api/orders/${placed.order.id}/checkout`, undefined, {
          Authorization: `Bearer ${placed.orderToken}`,
        }),
      201,
      this.failures,
      deadline,
    );
    pending.checkoutUrl = checkout.checkoutUrl;
    pending.checkoutId = checkout.checkoutUrl.split("/").pop() ?? "";
    const paid: Paid = { ...pending, eventId: `evt_${randomUUID()}` };
    const note = signedNotification(paid, { id: paid.eventId, amount: placed.order.total });
    const send = async () => {
      const res = await fetch(`${this.url}/api/webhooks/sandbox`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Sandbox-Signature": note.signature },
        body: note.body,
      });
      return { status: res.status };
    };
    // Providers deliver at least once: the same event again must not pay twice.
    await untilOk(send, 200, this.failures, deadline);
    await untilOk(send, 200, this.failures, deadline);
    this.placed.set(placed.order.id, paid);
    this.notified.push(paid);
  }
}

/**
 * After the fault: every order placed is stored (and nothing else), each is paid exactly once by one
 * `paid` event, and every outbox row that is due has been completed by a worker.
 */
export async function expectAllPaidOnce(db: Db, shopId: string, flow: PaymentFlow): Promise<void> {
  const ids = [...flow.placed.keys()];
  const stored = await db.selectFrom("orders").select("id").where("shopId", "=", shopId).execute();
  expect(stored.map((o) => o.id).sort()).toEqual([...ids].sort());
  expect(flow.notified.length).toBe(ids.length);

  const paidOrders = async () =>
    (
      await db
        .selectFrom("orders")
        .select("id")
        .where("shopId", "=", shopId)
        .where("paymentStatus", "=", "paid")
        .where("status", "=", "placed")
        .execute()
    ).length;
  await expect.poll(paidOrders, { timeout: 40_000, interval: 250 }).toBe(ids.length);

  const payments = await db
    .selectFrom("payments")
    .select(["orderId", "status", "amount"])
    .where("shopId", "=", shopId)
    .execute();
  expect(payments).toHaveLength(ids.length);
  expect(new Set(payments.map((p) => p.orderId)).size).toBe(ids.length);
  expect(payments.every((p) => p.status === "paid" && p.amount === 1500)).toBe(true);

  const events = await db
    .selectFrom("paymentEvents")
    .select(["providerRef", "eventId", "outcome"])
    .where(
      "providerRef",
      "in",
      flow.notified.map((p) => p.checkoutId),
    )
    .execute();
  expect(events).toHaveLength(ids.length);
  expect(events.every((e) => e.outcome === "paid")).toBe(true);
  expect(new Set(events.map((e) => e.providerRef)).size).toBe(ids.length);

  const unfinishedDue = async () => {
    const now = Date.now();
    const rows = await db
      .selectFrom("outbox")
      .select(["name", "createdAt", "delayMs"])
      .where("completedAt", "is", null)
      .execute();
    return rows.filter((row) => row.createdAt + row.delayMs <= now).map((row) => row.name);
  };
  await expect.poll(unfinishedDue, { timeout: 40_000, interval: 250 }).toEqual([]);
  const confirms = await db
    .selectFrom("outbox")
    .select("id")
    .where("name", "=", "payment.confirm")
    .where("completedAt", "is not", null)
    .execute();
  expect(confirms.length).toBeGreaterThanOrEqual(ids.length);
}

/** GET /api/health: the status it answered with, or 0 when nothing answered. */
export const healthStatus = (url: string) =>
  fetch(`${url}/api/health`)
    .then(async (res) => ({ status: res.status, body: (await res.json()) as { db: string; redis: string } }))
    .catch(() => ({ status: 0, body: { db: "?", redis: "?" } }));
