import type { Db } from "../db/database.js";

/**
 * Marks finished jobs' outbox rows completed, many in one UPDATE: the ids that finish while one write is
 * running go together in the next, so busy workers pay one round trip for a batch instead of one per job.
 * Each caller still waits for the commit that covers its row before BullMQ completes the job, so a crash
 * in between leaves the row unfinished and the job runs again (idempotently), as before.
 */
export class OutboxCompletions {
  private waiting: { id: string; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private writing: Promise<void> | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
  ) {}

  markCompleted(id: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ id, resolve, reject });
      if (!this.writing) this.writing = this.writeAll();
    });
  }

  private async writeAll(): Promise<void> {
    // Let the jobs finishing in the same turn of the event loop join the first write too.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, 500);
      try {
        await this.db
          .updateTable("outbox")
          .set({ completedAt: this.clock() })
          .where(
            "id",
            "in",
            batch.map((entry) => entry.id),
          )
          .execute();
        for (const entry of batch) entry.resolve();
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.writing = null;
  }
}
