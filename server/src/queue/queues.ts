import { type JobName, type QueueName, queueNames } from "@tabletap/shared";
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "../logger.js";

export type Queues = Record<QueueName, Queue>;

/** Retries with backoff; finished jobs are kept a day so a re-dispatched outbox id is still recognised. */
export const defaultJobOptions = {
  attempts: 8,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: { age: 24 * 3600 },
  removeOnFail: false,
} as const;

export function createQueues(connection: Redis, prefix: string, logger: Logger): Queues {
  const entries = queueNames.map((name) => {
    const queue = new Queue<unknown, unknown, JobName>(name, { connection, prefix, defaultJobOptions });
    // Connection errors while Redis is away; the outbox keeps the jobs until it is back.
    queue.on("error", (err) => logger.warn({ err, queue: name }, "queue connection error"));
    return [name, queue];
  });
  return Object.fromEntries(entries) as Queues;
}

export async function closeQueues(queues: Queues): Promise<void> {
  await Promise.all(Object.values(queues).map((queue) => queue.close()));
}
