import { createHmac, randomUUID } from "node:crypto";
import { z } from "zod";
import type { Db } from "../../../db/database.js";
import type { PaymentProvider } from "../provider.js";
import { verifySignature } from "../signing.js";
import {
  findSandboxCheckout,
  insertSandboxCheckout,
  refundSandboxCheckout,
} from "./sandbox-checkouts.repository.js";

export const SANDBOX_SIGNATURE_HEADER = "sandbox-signature";

/** The sandbox's webhook signing secret, derived from the session secret so there is nothing more to configure. */
export const sandboxSecretFrom = (sessionSecret: string) =>
  createHmac("sha256", sessionSecret).update("sandbox-webhook").digest("hex");

/** The body the sandbox POSTs to `/api/webhooks/sandbox`, documented in the OpenAPI like a provider's own. */
export const sandboxNotificationSchema = z
  .object({
    id: z.string().min(1).meta({ description: "Event id, unique per notification; a repeat is a duplicate" }),
    type: z.enum(["payment.succeeded", "payment.failed"]),
    data: z.object({
      reference: z.string().min(1).meta({ description: "The checkout id (`cs_…`) the payment was made on" }),
      amount: z.int().meta({ description: "Charged amount in minor units (total + tip)" }),
      currency: z.string().length(3).meta({ description: "ISO 4217 code" }),
    }),
  })
  .meta({ id: "SandboxNotification" });
const notificationSchema = sandboxNotificationSchema;
export type SandboxNotification = z.infer<typeof notificationSchema>;

/**
 * The embedded payment provider: a hosted checkout page on this server, signed notifications delivered
 * asynchronously with retries, and its own books in `sandbox_checkouts`. No money moves.
 */
export function createSandboxProvider(deps: {
  db: Db;
  publicUrl: string;
  secret: string;
  clock: () => number;
}): PaymentProvider {
  return {
    name: "sandbox",
    async createCheckout(request) {
      const id = `cs_${randomUUID().replaceAll("-", "")}`;
      await insertSandboxCheckout(deps.db, {
        id,
        reference: request.paymentId,
        merchantName: request.merchantName,
        amount: request.amount,
        currency: request.currency,
        locale: request.locale,
        returnUrl: request.returnUrl,
        status: "open",
        refunded: 0,
        createdAt: deps.clock(),
      });
      return { providerRef: id, checkoutUrl: `${deps.publicUrl}/sandbox-pay/${id}` };
    },

    verifyNotification(rawBody, headers) {
      const header = headers[SANDBOX_SIGNATURE_HEADER];
      const verdict = verifySignature(
        deps.secret,
        rawBody,
        typeof header === "string" ? header : undefined,
        deps.clock(),
      );
      if (verdict !== "ok") return { ok: false, reason: verdict };
      let parsed: ReturnType<typeof notificationSchema.safeParse>;
      try {
        parsed = notificationSchema.safeParse(JSON.parse(rawBody.toString("utf8")));
      } catch {
        return { ok: false, reason: "malformed" };
      }
      if (!parsed.success) return { ok: false, reason: "malformed" };
      const { id, type, data } = parsed.data;
      return {
        ok: true,
        event: {
          eventId: id,
          type,
          providerRef: data.reference,
          amount: data.amount,
          currency: data.currency,
        },
      };
    },

    async fetchStatus(providerRef) {
      const row = await findSandboxCheckout(deps.db, providerRef);
      if (!row) throw new Error(`no sandbox checkout ${providerRef}`);
      const status = row.status === "paid" ? "paid" : row.status === "failed" ? "failed" : "pending";
      return { status, amount: row.amount, currency: row.currency };
    },

    async refund(providerRef) {
      // Like a real provider, it refuses to give back money it never took.
      if (!(await refundSandboxCheckout(deps.db, providerRef)))
        throw new Error(`sandbox checkout ${providerRef} took no payment to refund`);
    },
  };
}
