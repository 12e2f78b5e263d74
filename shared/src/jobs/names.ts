import { z } from "zod";

/** BullMQ queue names. Jobs reach them only through the SQL outbox (job id = outbox id). */
export const queueNames = ["notifications"] as const;
export type QueueName = (typeof queueNames)[number];

export const jobPayloadSchemas = {
  "order.ready": z.object({ orderId: z.string(), shopId: z.string() }).strict(),
} as const;

export type JobName = keyof typeof jobPayloadSchemas;
export type JobPayload<N extends JobName> = z.infer<(typeof jobPayloadSchemas)[N]>;

/** Which queue carries each job. */
export const jobQueues: Record<JobName, QueueName> = {
  "order.ready": "notifications",
};
