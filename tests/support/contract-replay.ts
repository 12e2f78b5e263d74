import { randomUUID } from "node:crypto";
import { can, type Permission, type StaffRole, staffRoles } from "@tabletap/shared";
import { expect } from "vitest";
import { startValidatingProxy } from "./prism.js";

export interface OpenApiOperation {
  operationId?: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { description: string }>;
  "x-permission"?: string;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}
export const httpMethods = ["get", "put", "post", "patch", "delete"] as const;

export interface DocumentedOperation {
  method: string;
  path: string;
  operation: OpenApiOperation;
}

export function operationsOf(doc: OpenApiDocument): DocumentedOperation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    httpMethods.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ method: method.toUpperCase(), path, operation }] : [];
    }),
  );
}

/** Whether every way to call the operation needs `scheme` (a credential that may be left out is optional). */
export const always = (op: OpenApiOperation, scheme: string) =>
  (op.security ?? []).length > 0 && (op.security ?? []).every((requirement) => scheme in requirement);
/** The roles the operation's `x-permission` leaves out. */
export const rolesWithout = (op: OpenApiOperation): StaffRole[] => {
  const permission = op["x-permission"] as Permission | undefined;
  return permission ? staffRoles.filter((role) => !can(role, permission)) : [];
};
/** The staff area and sign-in refuse state changes sent from another site's page. */
export const sameOriginOnly = (method: string, path: string) =>
  method !== "GET" && /^\/api\/(merchant|auth)\//.test(path);
export const consoleSide = (path: string) => /^\/api\/(merchant|auth)\//.test(path);

export interface Call {
  cookie?: string;
  /** The diner's order token, sent as `Authorization: Bearer`. */
  token?: string;
  /** JSON (a string goes as is). */
  body?: unknown;
  headers?: Record<string, string>;
}
export interface Answer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * Starts the validating proxy in front of the server with the server's own document. Calls made through
 * it: each answer must be the upstream's own with no violation of
 * the document, and each is counted against its documented operation, so a test can ask which operations
 * were seen answering what.
 */
export async function replayThroughProxy(serverUrl: string) {
  const doc = (await (await fetch(`${serverUrl}/api/openapi.json`)).json()) as OpenApiDocument;
  const proxy = await startValidatingProxy(serverUrl, doc);
  const operations = operationsOf(doc);
  // Fixed segments before templates, so /tables/settings is not taken for /tables/{id}.
  const matchers = operations
    .map((op) => ({
      op,
      params: (op.path.match(/\{/g) ?? []).length,
      pattern: new RegExp(`^${op.path.replace(/\./g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`),
    }))
    .sort((a, b) => a.params - b.params);
  const seen = new Map<string, Set<number>>();
  const keyOf = (method: string, path: string) => {
    const found = matchers.find((m) => m.op.method === method && m.pattern.test(path.split("?")[0] ?? ""));
    if (!found) throw new Error(`${method} ${path} is not a documented operation`);
    return `${found.op.method} ${found.op.path}`;
  };

  async function send<T = unknown>(method: string, path: string, call: Call = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...call.headers };
    if (call.cookie) headers.Cookie = call.cookie;
    if (call.token) headers.Authorization = `Bearer ${call.token}`;
    if (call.body !== undefined) headers["Content-Type"] ??= "application/json";
    const response = await fetch(`${proxy.url}${path}`, {
      method,
      headers,
      body: typeof call.body === "string" || call.body === undefined ? call.body : JSON.stringify(call.body),
    });
    const text = await response.text();
    const type = response.headers.get("content-type") ?? "";
    const context = `${method} ${path} → ${response.status} ${text.slice(0, 600)}`;
    // A body off the contract comes back as Prism's own problem document (so does an undocumented path);
    // an undocumented status or header only as a warning in sl-violations: both fail.
    expect(type, context).not.toContain("application/problem+json");
    expect(response.headers.get("sl-violations"), context).toBeNull();
    const key = keyOf(method, path);
    seen.set(key, (seen.get(key) ?? new Set()).add(response.status));
    const body = (type.includes("json") && text ? JSON.parse(text) : text) as T;
    return { status: response.status, body, headers: response.headers };
  }

  /** Sends and expects `status`, naming the call and its answer when it differs. */
  async function expectStatus<T = unknown>(
    status: number,
    method: string,
    path: string,
    call: Call = {},
  ): Promise<Answer<T>> {
    const answer = await send<T>(method, path, call);
    expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body).slice(0, 400)}`).toBe(status);
    return answer;
  }

  /**
   * Every operation `mine` picks was seen answering a success and a refusal. Public reads without
   * parameters refuse only a body, which the proxy does not forward on a GET; `noSuccess` lists operations
   * whose success the proxy cannot carry (it re-encodes binary request bodies as text).
   */
  function expectEachSeen(mine: (path: string) => boolean, noSuccess: string[] = []) {
    for (const { method, path, operation } of operations.filter((op) => mine(op.path))) {
      const key = `${method} ${path}`;
      const statuses = [...(seen.get(key) ?? [])];
      if (!noSuccess.includes(key))
        expect(
          statuses.some((s) => s < 400),
          key,
        ).toBe(true);
      const nothingToRefuse = method === "GET" && !path.includes("{") && operation.security?.length === 0;
      if (!nothingToRefuse)
        expect(
          statuses.some((s) => s >= 400 && s < 500),
          key,
        ).toBe(true);
    }
  }

  return { operations, send, expectStatus, expectEachSeen, stop: proxy.stop };
}
export type ContractReplay = Awaited<ReturnType<typeof replayThroughProxy>>;

/** A diner's or waiter's order: a body with a fresh Idempotency-Key. */
export const withKey = (body: unknown): Call => ({ body, headers: { "Idempotency-Key": randomUUID() } });
