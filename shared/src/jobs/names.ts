import { z } from "zod";

/** BullMQ queue names. Jobs reach them only through the SQL outbox (job id = outbox id). */
export const queueNames = ["notifications", "payments", "sandbox"] as const;
export type QueueName = (typeof queueNames)[number];

export const jobPayloadSchemas = {
  "order.ready": z.object({ orderId: z.string(), shopId: z.string() }).strict(),
  /** Ends an order nobody paid for within the payment timeout. */
  "order.expire": z.object({ orderId: z.string(), shopId: z.string() }).strict(),
  /** Applies one stored, verified provider notification to its payment and order. */
  "payment.confirm": z.object({ paymentEventId: z.string() }).strict(),
  "payment.refund": z.object({ paymentId: z.string() }).strict(),
  /** Repeatable: asks providers about payments pending too long, in case a notification never came. */
  "payment.reconcile": z.object({}).strict(),
  /** The sandbox provider delivering a signed notification to our webhook, retried like a real provider. */
  "sandbox.deliver": z
    .object({
      checkoutId: z.string(),
      eventId: z.string(),
      type: z.enum(["payment.succeeded", "payment.failed"]),
    })
    .strict(),
} as const;

export type JobName = keyof typeof jobPayloadSchemas;
export type JobPayload<N extends JobName> = z.infer<(typeof jobPayloadSchemas)[N]>;

/** Which queue carries each job. */
export const jobQueues: Record<JobName, QueueName> = {
  "order.ready": "notifications",
  "order.expire": "payments",
  "payment.confirm": "payments",
  "payment.refund": "payments",
  "payment.reconcile": "payments",
  "sandbox.deliver": "sandbox",
};
