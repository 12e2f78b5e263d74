import { type JobName, type QueueName, queueNames } from "@tabletap/shared";
import { Queue } from "bullmq";
import type { Redis } from "ioredis";

export type Queues = Record<QueueName, Queue>;

/** Retries with backoff; finished jobs are kept a day so a re-dispatched outbox id is still recognised. */
export const defaultJobOptions = {
  attempts: 8,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: { age: 24 * 3600 },
  removeOnFail: false,
} as const;

export function createQueues(connection: Redis, prefix: string): Queues {
  const entries = queueNames.map((name) => [
    name,
    new Queue<unknown, unknown, JobName>(name, { connection, prefix, defaultJobOptions }),
  ]);
  return Object.fromEntries(entries) as Queues;
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(Object.values(queues).map((queue) => queue.close()));
}
