import { randomUUID } from "node:crypto";
import type { OpenedTabPart } from "@tabletap/shared";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postJson } from "../support/api.js";
import { createTestShop } from "../support/fixtures.js";
import {
  eventsOfPart,
  notifyPart,
  openPart,
  orderRound,
  outcomeOf,
  partRow,
  payOnSandbox,
  readBill,
} from "../support/tab-bill.js";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

const ask = fc.oneof(
  fc.constant({ kind: "remaining" as const }),
  fc.record({
    kind: fc.constant("items" as const),
    line: fc.nat(4),
    quantity: fc.integer({ min: 1, max: 2 }),
  }),
  fc.record({ kind: fc.constant("equal" as const), shares: fc.integer({ min: 2, max: 4 }) }),
  fc.record({ kind: fc.constant("custom" as const), amount: fc.integer({ min: 1, max: 6000 }) }),
);
const part = fc.nat(7);
const action = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({ do: fc.constant("open" as const), ask, tip: fc.integer({ min: 0, max: 300 }) }),
  },
  fc.record({
    do: fc.constant("pay" as const),
    part,
    duplicates: fc.integer({ min: 0, max: 2 }),
    outOfOrder: fc.boolean(),
  }),
  fc.record({ do: fc.constant("expire" as const), part }),
  fc.record({ do: fc.constant("cancel" as const), part }),
  fc.record({ do: fc.constant("replay" as const), part }),
);
type Action = typeof action extends fc.Arbitrary<infer A> ? A : never;
const round = fc.array(
  fc.record({ item: fc.constantFrom("Tea", "Dumplings"), quantity: fc.integer({ min: 1, max: 3 }) }),
  { minLength: 1, maxLength: 2 },
);

/** Until no job of the bill's (sandbox deliveries, confirmations, expiries, refunds) is waiting or running. */
async function quiet(): Promise<void> {
  await expect
    .poll(
      async () => {
        const counts = await Promise.all(
          [server.queues.sandbox, server.queues.payments].map((q) =>
            q.getJobCounts("waiting", "delayed", "active"),
          ),
        );
        const pending = await server.db
          .selectFrom("outbox")
          .select("id")
          .where("completedAt", "is", null)
          .where("name", "!=", "tab-part.expire")
          .execute();
        return counts.reduce((sum, c) => sum + (c.waiting ?? 0) + (c.active ?? 0), 0) + pending.length;
      },
      { timeout: 20_000, interval: 50 },
    )
    .toBe(0);
}

async function run(
  table: { id: string; token: string },
  opened: OpenedTabPart[],
  step: Action,
): Promise<void> {
  const target = opened.length === 0 ? undefined : opened[("part" in step ? step.part : 0) % opened.length];
  switch (step.do) {
    case "open": {
      const lines = (await readBill(server, table.token)).rounds.flatMap((r) => r.lines);
      const body =
        step.ask.kind === "items"
          ? {
              kind: "items",
              items: [
                {
                  lineId: lines[step.ask.line % Math.max(1, lines.length)]?.lineId ?? "gone",
                  quantity: step.ask.quantity,
                },
              ],
            }
          : step.ask;
      const res = await openPart(server, table.token, { ...body, tip: step.tip, payer: "P" });
      if (res.status === 201) opened.push(res.body);
      else expect([409, 422]).toContain(res.status);
      return;
    }
    case "pay":
      if (target)
        await payOnSandbox(target, {
          duplicates: String(step.duplicates),
          out_of_order: step.outOfOrder ? "1" : "0",
        });
      return;
    case "expire":
      if (target)
        await server.queues.payments.add(
          "tab-part.expire",
          { partId: target.part.id },
          { jobId: randomUUID() },
        );
      return;
    case "cancel":
      if (target) {
        const res = await postJson(
          `${server.url}/api/tables/${table.token}/tab/parts/${target.part.id}/cancel`,
          {
            partToken: target.partToken,
          },
        );
        expect([200, 409]).toContain(res.status);
      }
      return;
    case "replay": {
      // The provider sends a paid checkout's news again, under a new event id.
      const checkout = target?.checkoutUrl.split("/").pop() ?? "";
      const paid = await server.db
        .selectFrom("sandboxCheckouts")
        .select("status")
        .where("id", "=", checkout)
        .executeTakeFirst();
      if (target && paid?.status === "paid")
        await outcomeOf(server, (await notifyPart(server, target)).eventId);
      return;
    }
  }
}

describe("a bill paid in parts, whatever phones and the provider do in whatever order", () => {
  it("ends with paid parts adding up to the bill exactly, no unit paid twice, and every extra payment given back", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(round, { minLength: 1, maxLength: 2 }),
        fc.array(fc.array(action, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.boolean(), { maxLength: 8 }),
        async (rounds, batches, latecomers) => {
          const shop = await createTestShop(server);
          const table = shop.tables.find((t) => t.kind === "table");
          if (!table) throw new Error("no table");
          for (const lines of rounds) await orderRound(server, shop, table.token, lines);
          const bill = (await readBill(server, table.token)).due;
          const opened: OpenedTabPart[] = [];

          for (const batch of batches) {
            // The actions of a batch happen at the same moment, from different phones and the provider.
            await Promise.all(batch.map((step) => run(table, opened, step)));
            const now = await readBill(server, table.token);
            expect(now.paid + now.held + now.left).toBe(now.due);
          }

          // Checkouts still open run out; one phone takes the rest, while some whose checkout ran out pay
          // on the provider's page after all, at the same moment as the rest is paid.
          await quiet();
          for (const p of opened) {
            if ((await partRow(server, p.part.id)).status === "open")
              await server.queues.payments.add(
                "tab-part.expire",
                { partId: p.part.id },
                { jobId: randomUUID() },
              );
          }
          await quiet();
          const late = opened.filter((_, i) => latecomers[i]);
          const before = await readBill(server, table.token);
          const rest =
            before.state === "paid"
              ? undefined
              : await openPart(server, table.token, { kind: "remaining", payer: "Last" });
          if (rest) {
            expect(rest.status).toBe(201);
            opened.push(rest.body);
          }
          await Promise.all([...late, ...(rest ? [rest.body] : [])].map((p) => payOnSandbox(p)));
          await quiet();

          const after = await readBill(server, table.token);
          expect(after).toMatchObject({ state: "paid", due: 0, held: 0, left: 0 });
          const parts = await server.db
            .selectFrom("tabParts")
            .selectAll()
            .where("tableId", "=", table.id)
            .execute();
          const kept = parts
            .filter((p) => p.status === "paid")
            .reduce((sum, p) => sum + Number(p.amount) - Number(p.refundDue), 0);
          expect(kept).toBe(bill);
          const units = parts
            .filter((p) => p.status === "paid")
            .flatMap((p) =>
              (JSON.parse(p.unitsJson) as { lineId: string; unit: number }[]).map(
                (u) => `${u.lineId}:${u.unit}`,
              ),
            );
          expect(new Set(units).size).toBe(units.length);
          for (const p of parts) {
            // Money that came for a part that could not be taken went back whole, through the provider.
            if (p.status === "refunded") expect(Number(p.refunded)).toBe(Number(p.amount) + Number(p.tip));
            expect(Number(p.refunded)).toBe(Number(p.refundDue));
            expect(["paid", "expired", "cancelled", "failed", "refunded"]).toContain(p.status);
          }
          for (const p of opened) {
            const events = await eventsOfPart(server, p);
            expect(events.every((e) => e.outcome !== null)).toBe(true);
          }
          const unpaid = await server.db
            .selectFrom("orders")
            .select("id")
            .where("tableId", "=", table.id)
            .where("paymentStatus", "!=", "paid")
            .execute();
          expect(unpaid).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  }, 600_000);
});
