import type { QueueName } from "@tabletap/shared";
import type { Db } from "../db/database.js";
import type { Logger } from "../logger.js";
import type { Queues } from "./queues.js";

export interface DispatcherOptions {
  db: Db;
  queues: Queues;
  logger: Logger;
  clock: () => number;
  /** How often to sweep for rows nobody kicked (written by a process that died, or while Redis was down). */
  sweepMs?: number;
  batchSize?: number;
}

/**
 * Moves outbox rows to BullMQ. Writers call kick() after their commit for low latency; a periodic sweep
 * catches the rest. At most one pass runs at a time, so a slow Redis never piles up work. Adding a job
 * whose id BullMQ already holds is a no-op, which makes a pass after a crash safe to repeat.
 */
export class OutboxDispatcher {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly options: DispatcherOptions) {}

  start(): void {
    const sweep = () => {
      if (this.stopped) return;
      this.kick();
      this.timer = setTimeout(sweep, this.options.sweepMs ?? 1000);
    };
    sweep();
  }

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) =>
        this.options.logger.warn({ err: error }, "outbox dispatch failed; will retry"),
      )
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Resolves once everything written so far has reached BullMQ (used by shutdown and tests). */
  async flush(): Promise<void> {
    while (this.running) await this.running;
    await this.drain();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    const { db, queues, clock } = this.options;
    const batchSize = this.options.batchSize ?? 100;
    for (;;) {
      const rows = await db
        .selectFrom("outbox")
        .selectAll()
        .where("dispatchedAt", "is", null)
        .orderBy("createdAt")
        .limit(batchSize)
        .execute();
      for (const row of rows) {
        // A late dispatch (Redis was down) only waits for what is left of the delay.
        const delay = Math.max(0, row.createdAt + row.delayMs - clock());
        await queues[row.queue as QueueName].add(row.name, JSON.parse(row.payload), { jobId: row.id, delay });
        await db.updateTable("outbox").set({ dispatchedAt: clock() }).where("id", "=", row.id).execute();
      }
      if (rows.length < batchSize) return;
    }
  }
}
