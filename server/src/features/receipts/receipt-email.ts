import { randomUUID } from "node:crypto";
import type { Db } from "../../db/database.js";
import type { RunUnit } from "../../db/unit-of-work.js";
import { done, type Outcome } from "../../lib/result.js";
import type { MessageTransport } from "../../lib/transports.js";
import type { Logger } from "../../logger.js";
import type { JobHandlers } from "../../queue/workers.js";
import { deleteReceiptEmail, findReceiptEmail, insertReceiptEmail } from "./receipt-emails.repository.js";
import { receiptEmail } from "./receipt-text.js";
import { ensureReceiptToken, findReceiptToken, loadReceipt, receiptPath } from "./receipts.repository.js";

/**
 * Queues one receipt email. The address waits in its own row, which the job deletes once the email is
 * sent; the outbox and Redis see only that row's id. The receipt link is made first, in the same change,
 * so the email has it.
 */
export async function queueReceiptEmail(
  deps: { runUnit: RunUnit; clock: () => number },
  options: { orderId: string; email: string },
): Promise<Outcome> {
  const now = deps.clock();
  return deps.runUnit(async (unit) => {
    const link = await ensureReceiptToken(unit.trx, options.orderId, now);
    if (!link.ok) return link;
    const requestId = randomUUID();
    await insertReceiptEmail(unit.trx, {
      id: requestId,
      orderId: options.orderId,
      email: options.email,
      createdAt: now,
    });
    await unit.enqueue({ name: "receipt.email", payload: { requestId }, now });
    return done;
  });
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
      const request = await findReceiptEmail(deps.db, requestId);
      if (!request) return;
      const [receipt, token] = await Promise.all([
        loadReceipt(deps.db, request.orderId),
        findReceiptToken(deps.db, request.orderId),
      ]);
      if (receipt && token) {
        const message = receiptEmail(receipt, `${deps.publicUrl}${receiptPath(token)}`);
        await deps.email.send({ to: request.email, ...message });
      } else {
        deps.logger.warn({ requestId }, "receipt email for a missing receipt dropped");
      }
      await deleteReceiptEmail(deps.db, requestId);
    },
  };
}
