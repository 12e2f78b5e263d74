import {
  type JobName,
  type JobPayload,
  jobPayloadSchemas,
  jobQueues,
  type QueueName,
  queueNames,
} from "@tabletap/shared";
import { type Job, Worker } from "bullmq";
import type { Redis } from "ioredis";
import type { Logger } from "../logger.js";

export type JobHandler<N extends JobName> = (payload: JobPayload<N>, job: Job) => Promise<void>;
export type JobHandlers = { [N in JobName]: JobHandler<N> };

/** One worker per queue; each job is routed by name to its handler after its payload is validated. */
export function startWorkers(options: {
  connection: Redis;
  prefix: string;
  handlers: JobHandlers;
  logger: Logger;
  /** Marks the job's outbox row finished; runs after the handler, before BullMQ completes the job. */
  onCompleted: (jobId: string) => Promise<void>;
  concurrency?: number;
  /** A crashed worker's job is taken over after this long (BullMQ lockDuration and stalled check). */
  lockMs?: number;
}): Worker[] {
  const { handlers, logger } = options;
  const missing = (Object.keys(jobPayloadSchemas) as JobName[]).filter((name) => !(name in handlers));
  if (missing.length > 0) throw new Error(`No handler for job(s): ${missing.join(", ")}`);

  return queueNames.map((queue: QueueName) => {
    const worker = new Worker(
      queue,
      async (job: Job) => {
        const name = job.name as JobName;
        if (jobQueues[name] !== queue) throw new Error(`Job ${job.name} does not belong on queue ${queue}`);
        const payload = jobPayloadSchemas[name].parse(job.data);
        await (handlers[name] as JobHandler<typeof name>)(payload, job);
        if (job.id) await options.onCompleted(job.id);
      },
      {
        connection: options.connection,
        prefix: options.prefix,
        concurrency: options.concurrency ?? 8,
        lockDuration: options.lockMs ?? 30_000,
        stalledInterval: options.lockMs ?? 30_000,
        // A job may outlive a few crashed workers before it counts as failed (and stays visible).
        maxStalledCount: 3,
      },
    );
    worker.on("error", (error) => logger.error({ err: error, queue }, "worker error"));
    worker.on("failed", (job, error) =>
      logger.warn(
        { err: error, queue, jobId: job?.id, name: job?.name, attempts: job?.attemptsMade },
        "job failed",
      ),
    );
    return worker;
  });
}

/**
 * Lets running jobs finish, but no longer than timeoutMs; unfinished ones are retried elsewhere once
 * their locks expire. BullMQ's close() can wait forever on a blocking connection that lost its server
 * (taskforcesh/bullmq#4656) and a second close(true) only returns the same promise, so the fallback
 * drops the connections instead.
 */
export async function closeWorkers(workers: Worker[], logger: Logger, timeoutMs = 10_000): Promise<void> {
  if (await settlesWithin(Promise.all(workers.map((worker) => worker.close())), timeoutMs)) return;
  logger.warn({ timeoutMs }, "workers did not close in time; disconnecting them");
  if (await settlesWithin(Promise.all(workers.map((worker) => worker.disconnect())), 1_000)) return;
  logger.warn("workers did not disconnect; leaving them to process exit");
}

async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = work.then(
    () => true,
    () => true,
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
