import { type JobName, type QueueName, queueNames } from "@tabletap/shared";
import type { Db } from "../db/database.js";
import type { OutboxTable } from "../db/schema.js";
import type { Logger } from "../logger.js";
import type { Queues } from "./queues.js";

export interface DispatcherOptions {
  db: Db;
  queues: Queues;
  logger: Logger;
  clock: () => number;
  /** How often to sweep for rows nobody kicked (written by a process that died, or while Redis was down). */
  sweepMs?: number;
  /** A dispatched row whose job has not finished this long after it was due is handed over again. */
  redispatchAfterMs?: number;
  batchSize?: number;
}

/**
 * Moves outbox rows to BullMQ with job id = outbox id. Writers call kick() after their commit for low
 * latency; a periodic sweep catches the rest, including rows whose job Redis lost (FLUSHALL, a restart
 * without persistence): they stay unfinished until a worker completes them, and adding a job id BullMQ
 * still holds is a no-op. At most one pass runs at a time, so a slow Redis never piles up work.
 */
export class OutboxDispatcher {
  private running: Promise<void> | null = null;
  private again = false;
  /** A sweep asked for while a pass was running: the next pass looks for stale rows too. */
  private sweepPending = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly options: DispatcherOptions) {}

  start(): void {
    const sweep = () => {
      if (this.stopped) return;
      this.pass(true);
      this.timer = setTimeout(sweep, this.options.sweepMs ?? 1000);
    };
    sweep();
  }

  /** After a commit that wrote outbox rows: hands over rows never dispatched, the writer's among them. */
  kick(): void {
    this.pass(false);
  }

  private pass(sweep: boolean): void {
    if (this.stopped) return;
    this.sweepPending ||= sweep;
    if (this.running) {
      this.again = true;
      return;
    }
    const withStale = this.sweepPending;
    this.sweepPending = false;
    this.running = this.drain(withStale)
      .catch((error: unknown) =>
        this.options.logger.warn({ err: error }, "outbox dispatch failed; will retry"),
      )
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.pass(false);
        }
      });
  }

  /** Resolves once everything written so far has reached BullMQ (used by shutdown and tests). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    await this.drain(true);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.running) await this.running;
  }

  private async drain(withStale: boolean): Promise<void> {
    const batchSize = this.options.batchSize ?? 100;
    for (;;) {
      const rows = await this.due(batchSize, withStale);
      let moved = 0;
      for (const [queue, group] of this.byQueue(rows)) moved += await this.dispatch(queue, group);
      // Stop when the batch was short, or when nothing in it could move (Redis down, unknown queues).
      if (rows.length < batchSize || moved === 0) return;
    }
  }

  /**
   * Rows to hand over: never dispatched, and with `withStale` (the sweep) also those whose job is overdue.
   * A kick after each commit asks only for the first kind, which an index finds directly; every delayed job
   * (a pay-first order's expiry) stays unfinished for minutes, and re-reading those on each commit would
   * cost more the busier the shop.
   */
  private due(limit: number, withStale: boolean): Promise<OutboxTable[]> {
    const now = this.options.clock();
    const stale = now - (this.options.redispatchAfterMs ?? 30_000);
    return this.options.db
      .selectFrom("outbox")
      .selectAll()
      .where("completedAt", "is", null)
      .where((eb) =>
        withStale
          ? eb.or([
              eb("dispatchedAt", "is", null),
              eb(eb("dispatchedAt", "+", eb.ref("delayMs")), "<", stale),
            ])
          : eb("dispatchedAt", "is", null),
      )
      .orderBy("createdAt")
      .limit(limit)
      .execute();
  }

  private byQueue(rows: OutboxTable[]): Map<QueueName, OutboxTable[]> {
    const groups = new Map<QueueName, OutboxTable[]>();
    for (const row of rows) {
      if (!(queueNames as readonly string[]).includes(row.queue)) {
        // Written by a newer node during a rolling deploy: leave it for a process that knows the queue.
        this.options.logger.warn(
          { outboxId: row.id, queue: row.queue },
          "outbox row for an unknown queue left for another node",
        );
        continue;
      }
      const queue = row.queue as QueueName;
      groups.set(queue, [...(groups.get(queue) ?? []), row]);
    }
    return groups;
  }

  /**
   * One queue's rows in one round trip to Redis and one UPDATE; on failure each row is tried alone, so
   * one bad row (say, a payload that no longer parses) is logged and left without holding up the rest.
   */
  private async dispatch(queue: QueueName, rows: OutboxTable[]): Promise<number> {
    try {
      await this.options.queues[queue].addBulk(rows.map((row) => this.job(row)));
      await this.markDispatched(rows);
      return rows.length;
    } catch {
      let moved = 0;
      for (const row of rows) {
        try {
          await this.options.queues[queue].add(...this.jobArgs(row));
          await this.markDispatched([row]);
          moved++;
        } catch (error) {
          this.options.logger.warn({ err: error, outboxId: row.id }, "outbox row not dispatched; will retry");
        }
      }
      return moved;
    }
  }

  private job(row: OutboxTable) {
    const [name, data, opts] = this.jobArgs(row);
    return { name, data, opts };
  }

  private jobArgs(row: OutboxTable) {
    // A late dispatch (Redis was down) only waits for what is left of the delay.
    const delay = Math.max(0, row.createdAt + row.delayMs - this.options.clock());
    return [row.name as JobName, JSON.parse(row.payload) as unknown, { jobId: row.id, delay }] as const;
  }

  private async markDispatched(rows: OutboxTable[]): Promise<void> {
    const ids = rows.map((row) => row.id);
    await this.options.db
      .updateTable("outbox")
      .set({ dispatchedAt: this.options.clock() })
      .where("id", "in", ids)
      .execute();
  }
}
