import { randomUUID } from "node:crypto";
import { type JobName, type JobPayload, jobPayloadSchemas, jobQueues } from "@tabletap/shared";
import type { Db } from "../db/database.js";

/**
 * Records a job in the same SQL transaction as the change that causes it. The dispatcher moves it to
 * BullMQ later with job id = outbox id, so a Redis outage delays the job but never loses it.
 */
export async function enqueueInTransaction<N extends JobName>(
  trx: Db,
  options: { name: N; payload: JobPayload<N>; now: number; delayMs?: number },
): Promise<string> {
  const payload = jobPayloadSchemas[options.name].parse(options.payload);
  const id = randomUUID();
  await trx
    .insertInto("outbox")
    .values({
      id,
      queue: jobQueues[options.name],
      name: options.name,
      payload: JSON.stringify(payload),
      delayMs: options.delayMs ?? 0,
      createdAt: options.now,
      dispatchedAt: null,
      completedAt: null,
    })
    .execute();
  return id;
}
