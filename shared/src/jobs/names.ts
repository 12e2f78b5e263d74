import { z } from "zod";

/** BullMQ queue names. Jobs reach them only through the SQL outbox (job id = outbox id). */
export const queueNames = ["notifications", "payments", "sandbox", "reports", "printing"] as const;
export type QueueName = (typeof queueNames)[number];

export const jobPayloadSchemas = {
  "order.ready": z.object({ orderId: z.string(), shopId: z.string() }).strict(),
  /** Ends an order nobody paid for within the payment timeout. */
  "order.expire": z.object({ orderId: z.string(), shopId: z.string() }).strict(),
  /** Applies one stored, verified provider notification to its payment and order. */
  "payment.confirm": z.object({ paymentEventId: z.string() }).strict(),
  "payment.refund": z.object({ paymentId: z.string() }).strict(),
  /** Lets go of a table bill's part whose checkout ran out (its hold on the bill expires with it). */
  "tab-part.expire": z.object({ partId: z.string() }).strict(),
  /** Gives back what a table bill's part is owed (a late payment, or a bill that shrank after it paid). */
  "tab-part.refund": z.object({ partId: z.string() }).strict(),
  /** Brings a table's bill in line after one of its rounds was cancelled or paid on its own. */
  "tab.balance": z.object({ sittingId: z.string(), shopId: z.string(), tableId: z.string() }).strict(),
  /** Emails one receipt; the address waits in `receipt_emails` (never in the job) and is deleted once sent. */
  "receipt.email": z.object({ requestId: z.string() }).strict(),
  /** Repeatable: asks providers about payments pending too long, in case a notification never came. */
  "payment.reconcile": z.object({}).strict(),
  /** Repeatable per shop at its closing time (or queued for one `day`): stores the day's summary once. */
  "report.close-day": z.object({ shopId: z.string(), day: z.string().optional() }).strict(),
  /** Tells the owners a day's summary was stored: console notification and email. */
  "report.day-closed": z.object({ shopId: z.string(), day: z.string() }).strict(),
  /** (Re)creates a shop's end-of-day scheduler after its closing time changed. */
  "report.schedule": z.object({ shopId: z.string() }).strict(),
  /** Marks a table's call for staff urgent if it is still unanswered when the shop's minutes are up. */
  "service-request.escalate": z.object({ requestId: z.string() }).strict(),
  /**
   * Sends one kitchen ticket to its printer. The ticket row says whether it was printed already (done) or
   * was being sent when a worker died (printed again, marked REPRINT).
   */
  "ticket.print": z.object({ ticketId: z.string() }).strict(),
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
  "tab-part.expire": "payments",
  "tab-part.refund": "payments",
  "tab.balance": "payments",
  "receipt.email": "notifications",
  "payment.reconcile": "payments",
  "sandbox.deliver": "sandbox",
  "report.close-day": "reports",
  "report.day-closed": "reports",
  "report.schedule": "reports",
  "service-request.escalate": "notifications",
  // Its own queue, so a printer that is off never holds up diners' notifications or payments.
  "ticket.print": "printing",
};
