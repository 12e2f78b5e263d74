import { unitRunner } from "@tabletap/server/db/unit-of-work";
import { fail } from "@tabletap/server/lib/result";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.js";

let server: TestServer;
beforeAll(async () => {
  // The dispatcher never runs on its own here: what this file queues stays in the outbox to be read.
  server = await startTestServer({ outboxRedispatchMs: 3_600_000 });
});
afterAll(() => server?.stop());

/** A runner over the test database that records what happens after each commit. */
function recordingRunner() {
  const seen: string[] = [];
  const run = unitRunner({
    db: server.db,
    kickOutbox: () => seen.push("kick"),
    onEffectError: (error) => seen.push(`error: ${(error as Error).message}`),
  });
  return { run, seen };
}

const outboxRows = (orderId: string) =>
  server.db.selectFrom("outbox").select("id").where("payload", "like", `%${orderId}%`).execute();

const expireJob = (orderId: string) => ({
  name: "order.expire" as const,
  payload: { orderId, shopId: crypto.randomUUID() },
  now: Date.now(),
  delayMs: 3_600_000,
});

describe("a unit of work", () => {
  it("runs its effects in order after the commit, and kicks the outbox once for all it queued", async () => {
    const { run, seen } = recordingRunner();
    const orderId = crypto.randomUUID();
    const result = await run(async (unit) => {
      await unit.enqueue(expireJob(orderId));
      unit.afterCommit(() => {
        seen.push("first");
      });
      await unit.enqueue(expireJob(orderId));
      unit.afterCommit(async () => {
        // Committed before any effect runs: another connection sees both rows.
        seen.push(`second sees ${(await outboxRows(orderId)).length}`);
      });
      expect(seen).toEqual([]);
      return { ok: true as const, value: 7 };
    });
    expect(result).toEqual({ ok: true, value: 7 });
    expect(seen).toEqual(["kick", "first", "second sees 2"]);
  });

  it("rolls back on a returned failure: nothing written, no effect, the failure comes back as a value", async () => {
    const { run, seen } = recordingRunner();
    const orderId = crypto.randomUUID();
    const result = await run(async (unit) => {
      await unit.enqueue(expireJob(orderId));
      unit.afterCommit(() => {
        seen.push("effect");
      });
      return fail("not_found", "No such order");
    });
    expect(result).toEqual({ ok: false, code: "not_found", message: "No such order" });
    expect(seen).toEqual([]);
    expect(await outboxRows(orderId)).toEqual([]);
  });

  it("rolls back on a thrown error and rethrows it", async () => {
    const { run, seen } = recordingRunner();
    const orderId = crypto.randomUUID();
    await expect(
      run(async (unit) => {
        await unit.enqueue(expireJob(orderId));
        unit.afterCommit(() => {
          seen.push("effect");
        });
        throw new Error("broken");
      }),
    ).rejects.toThrow("broken");
    expect(seen).toEqual([]);
    expect(await outboxRows(orderId)).toEqual([]);
  });

  it("keeps the committed change when an effect fails, reports it and still runs the effects after it", async () => {
    const { run, seen } = recordingRunner();
    const orderId = crypto.randomUUID();
    const result = await run(async (unit) => {
      await unit.enqueue(expireJob(orderId));
      unit.afterCommit(() => {
        throw new Error("socket gone");
      });
      unit.afterCommit(() => {
        seen.push("after");
      });
      return "stored";
    });
    expect(result).toBe("stored");
    expect(seen).toEqual(["kick", "error: socket gone", "after"]);
    expect(await outboxRows(orderId)).toHaveLength(1);
  });

  it("does not kick the outbox for a change that queued nothing", async () => {
    const { run, seen } = recordingRunner();
    await run(async () => "nothing queued");
    expect(seen).toEqual([]);
  });
});
