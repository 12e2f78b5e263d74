import Stripe from "stripe";

/**
 * The official client. `apiUrl` (STRIPE_API_URL) points it at another host — a proxy, or the local fake
 * Stripe API the integration tests run — through the client's own host/port/protocol options.
 */
export function createStripeClient(options: { secretKey: string; apiUrl: string | undefined }): Stripe {
  return new Stripe(options.secretKey, {
    ...(options.apiUrl ? endpointOf(options.apiUrl) : {}),
    // Every POST we make carries an idempotency key, so the client may safely retry network errors,
    // 409s and 5xx a couple of times; anything longer is the job queue's business, not a diner's wait.
    maxNetworkRetries: 2,
    timeout: 15_000,
  });
}

function endpointOf(apiUrl: string): { host: string; port: number; protocol: "http" | "https" } {
  const url = new URL(apiUrl);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : protocol === "http" ? 80 : 443,
    protocol,
  };
}
