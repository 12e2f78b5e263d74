import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.js";
import { done, type Outcome } from "../../lib/result.js";
import type { MessageTransport } from "../../lib/transports.js";
import type { Logger } from "../../logger.js";
import { enqueueInTransaction } from "../../queue/outbox.js";
import type { JobHandlers } from "../../queue/workers.js";
import { receiptEmail } from "./receipt-text.js";
import { ensureReceiptToken, loadReceipt, receiptPath } from "./receipts.repository.js";

/**
 * Queues one receipt email. The address waits in its own row, which the job deletes once the email is
 * sent; the outbox and Redis see only that row's id. The receipt link is made first, so the email has it.
 */
export async function queueReceiptEmail(
  deps: { db: Db; clock: () => number; kickOutbox: () => void },
  options: { orderId: string; email: string },
): Promise<Outcome> {
  const now = deps.clock();
  const link = await ensureReceiptToken(deps.db, options.orderId, now);
  if (!link.ok) return link;
  await deps.db.transaction().execute(async (trx) => {
    const requestId = randomUUID();
    await trx
      .insertInto("receiptEmails")
      .values({ id: requestId, orderId: options.orderId, email: options.email, createdAt: now })
      .execute();
    await enqueueInTransaction(trx, { name: "receipt.email", payload: { requestId }, now });
  });
  deps.kickOutbox();
  return done;
}

export interface ReceiptEmailDeps {
  db: Db;
  email: MessageTransport;
  publicUrl: string;
  logger: Logger;
}

/**
 * Sends the receipt, then forgets the address. A repeated job finds the row gone and sends nothing; a crash
 * between sending and deleting means one more email, never none (the queue delivers at least once).
 */
export function receiptEmailHandlers(deps: ReceiptEmailDeps): Pick<JobHandlers, "receipt.email"> {
  return {
    "receipt.email": async ({ requestId }) => {
      const request = await deps.db
        .selectFrom("receiptEmails")
        .select(["orderId", "email"])
        .where("id", "=", requestId)
        .executeTakeFirst();
      if (!request) return;
      const [receipt, link] = await Promise.all([
        loadReceipt(deps.db, request.orderId),
        deps.db
          .selectFrom("receipts")
          .select("token")
          .where("orderId", "=", request.orderId)
          .executeTakeFirst(),
      ]);
      if (receipt && link) {
        const message = receiptEmail(receipt, `${deps.publicUrl}${receiptPath(link.token)}`);
        await deps.email.send({ to: request.email, ...message });
      } else {
        deps.logger.warn({ requestId }, "receipt email for a missing receipt dropped");
      }
      await deps.db.deleteFrom("receiptEmails").where("id", "=", requestId).execute();
    },
  };
}
