import type { Db } from "../../../db/database.js";
import type { JobHandlers } from "../../../queue/workers.js";
import { signPayload } from "../signing.js";
import { SANDBOX_SIGNATURE_HEADER, type SandboxNotification } from "./sandbox.provider.js";
import { findSandboxCheckout } from "./sandbox-checkouts.repository.js";

/**
 * The sandbox provider's delivery of a signed notification to our webhook. Like a real provider it
 * retries (BullMQ backoff) until the endpoint answers 2xx.
 */
export function sandboxHandlers(deps: {
  db: Db;
  secret: string;
  webhookUrl: string;
  clock: () => number;
}): Pick<JobHandlers, "sandbox.deliver"> {
  return {
    "sandbox.deliver": async ({ checkoutId, eventId, type }) => {
      const checkout = await findSandboxCheckout(deps.db, checkoutId);
      if (!checkout) throw new Error(`no sandbox checkout ${checkoutId}`);
      const notification: SandboxNotification = {
        id: eventId,
        type,
        data: { reference: checkout.id, amount: checkout.amount, currency: checkout.currency },
      };
      const body = JSON.stringify(notification);
      const response = await fetch(deps.webhookUrl, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          [SANDBOX_SIGNATURE_HEADER]: signPayload(deps.secret, body, deps.clock()),
        },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`webhook answered ${response.status}`);
    },
  };
}
