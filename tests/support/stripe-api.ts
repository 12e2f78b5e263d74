import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

/** A request the fake API received, with the form body (or query) as Stripe's client encoded it. */
export interface StripeCall {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  authorization: string | undefined;
  params: URLSearchParams;
}

export interface FakeSession {
  id: string;
  object: "checkout.session";
  mode: string;
  url: string;
  amount_total: number;
  currency: string;
  payment_status: "unpaid" | "paid";
  status: "open" | "complete" | "expired";
  payment_intent: string | null;
  client_reference_id: string | null;
  metadata: Record<string, string>;
}

export interface FakeStripeApi {
  url: string;
  calls: StripeCall[];
  sessions: Map<string, FakeSession>;
  /** What Stripe does once the diner pays on its page: the session completes with a PaymentIntent. */
  pay: (sessionId: string) => FakeSession;
  close: () => Promise<void>;
}

type Answer = { status: number; body: unknown };
const id = (prefix: string) => `${prefix}_test_${randomBytes(12).toString("hex")}`;
const stripeError = (status: number, message: string): Answer => ({
  status,
  body: { error: { type: "invalid_request_error", message } },
});

/**
 * Stripe's HTTP API for the few calls the adapter makes, on a local port, so the official client is
 * tested end to end offline. Like Stripe, a repeated idempotency key replays the first answer.
 */
export async function startFakeStripeApi(): Promise<FakeStripeApi> {
  const calls: StripeCall[] = [];
  const sessions = new Map<string, FakeSession>();
  const replays = new Map<string, Answer>();

  const route = (call: StripeCall): Answer => {
    const { method, path, params } = call;
    if (method === "POST" && path === "/v1/checkout/sessions") {
      const session: FakeSession = {
        id: id("cs"),
        object: "checkout.session",
        mode: params.get("mode") ?? "",
        url: "",
        amount_total: Number(params.get("line_items[0][price_data][unit_amount]")),
        currency: params.get("line_items[0][price_data][currency]") ?? "",
        payment_status: "unpaid",
        status: "open",
        payment_intent: null,
        client_reference_id: params.get("client_reference_id"),
        metadata: { paymentId: params.get("metadata[paymentId]") ?? "" },
      };
      session.url = `https://checkout.stripe.test/c/pay/${session.id}`;
      sessions.set(session.id, session);
      return { status: 200, body: session };
    }
    const retrieve = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path);
    if (method === "GET" && retrieve) {
      const session = sessions.get(decodeURIComponent(retrieve[1] ?? ""));
      return session ? { status: 200, body: session } : stripeError(404, "No such checkout.session");
    }
    if (method === "POST" && path === "/v1/refunds") {
      const paymentIntent = params.get("payment_intent");
      const session = [...sessions.values()].find(
        (s) => s.payment_intent && s.payment_intent === paymentIntent,
      );
      if (!session) return stripeError(404, `No such payment_intent: '${paymentIntent}'`);
      const refund = { id: id("re"), object: "refund", payment_intent: paymentIntent, status: "succeeded" };
      return { status: 200, body: { ...refund, amount: session.amount_total, currency: session.currency } };
    }
    return stripeError(404, `Unrecognized request URL (${method}: ${path})`);
  };

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://fake");
    const header = (name: string) => {
      const value = req.headers[name];
      return typeof value === "string" ? value : undefined;
    };
    const call: StripeCall = {
      method: req.method ?? "GET",
      path: url.pathname,
      idempotencyKey: header("idempotency-key"),
      authorization: header("authorization"),
      params: req.method === "GET" ? url.searchParams : new URLSearchParams(Buffer.concat(chunks).toString()),
    };
    calls.push(call);
    const replayKey = call.idempotencyKey && `${call.method} ${call.path} ${call.idempotencyKey}`;
    const replayed = replayKey ? replays.get(replayKey) : undefined;
    const answer = replayed ?? route(call);
    if (replayKey && !replayed) replays.set(replayKey, answer);
    res.writeHead(answer.status, {
      "Content-Type": "application/json",
      "Request-Id": id("req"),
      ...(replayed ? { "Idempotent-Replayed": "true" } : {}),
    });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const pay = (sessionId: string) => {
    const session = sessions.get(sessionId);
    if (!session) throw new Error(`no fake session ${sessionId}`);
    Object.assign(session, {
      payment_status: "paid",
      status: "complete",
      payment_intent: session.payment_intent ?? id("pi"),
    });
    return { ...session };
  };
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { url: `http://127.0.0.1:${port}`, calls, sessions, pay, close };
}

/** A webhook body and Stripe-Signature header exactly as Stripe would send them. */
export function signedStripeEvent(options: {
  secret: string;
  type: string;
  object: object;
  id?: string;
  /** Signing time in ms (default now). */
  at?: number;
}): { body: string; signature: string } {
  const body = JSON.stringify({
    id: options.id ?? id("evt"),
    object: "event",
    api_version: Stripe.API_VERSION,
    created: Math.floor((options.at ?? Date.now()) / 1000),
    type: options.type,
    data: { object: options.object },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  });
  const signature = Stripe.webhooks.generateTestHeaderString({
    payload: body,
    secret: options.secret,
    timestamp: Math.floor((options.at ?? Date.now()) / 1000),
  });
  return { body, signature };
}
