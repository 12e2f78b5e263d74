import { randomUUID } from "node:crypto";
import type { Order } from "@tabletap/shared";

export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

async function send<T>(url: string, init: RequestInit): Promise<JsonResponse<T>> {
  const response = await fetch(url, init);
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as T,
    headers: response.headers,
  };
}

export const postJson = <T = unknown>(url: string, body: unknown, headers: Record<string, string> = {}) =>
  send<T>(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

export const getJson = <T = unknown>(url: string, headers: Record<string, string> = {}) =>
  send<T>(url, { headers });

export interface PlacedOrder {
  order: Order;
  orderToken: string;
}

/** POST /api/orders the way a diner's phone does. */
export const placeOrder = (baseUrl: string, body: unknown, idempotencyKey: string = randomUUID()) =>
  postJson<PlacedOrder & { error?: { code: string; message: string } }>(`${baseUrl}/api/orders`, body, {
    "Idempotency-Key": idempotencyKey,
  });

/** Signs in and returns the session cookie header value. */
export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("tt.sid="));
  if (!cookie) throw new Error("no session cookie");
  return cookie.split(";")[0] ?? "";
}

export const setStatus = (baseUrl: string, cookie: string, orderId: string, status: string) =>
  postJson<{ order: Order }>(
    `${baseUrl}/api/merchant/orders/${orderId}/status`,
    { status },
    { Cookie: cookie },
  );
