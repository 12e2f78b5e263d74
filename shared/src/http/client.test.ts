import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as authRoutes from "../auth/routes.js";
import * as menuRoutes from "../menu/routes.js";
import * as orderRoutes from "../orders/routes.js";
import * as reportRoutes from "../reports/routes.js";
import { createClient } from "./client.js";
import { responseValidators } from "./responses.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

// A real HTTP server answering whatever the test sets, and recording what the client sent.
let answer: (response: ServerResponse) => void = (response) => response.end();
let seen: Seen | undefined;
const server = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk: Buffer) => {
    body += chunk.toString();
  });
  request.on("end", () => {
    seen = { method: request.method ?? "", url: request.url ?? "", headers: request.headers, body };
    answer(response);
  });
});
let origin = "";

const json = (status: number, body: unknown) => (response: ServerResponse) => {
  response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
};

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  seen = undefined;
});

const client = () => createClient({ validators: () => responseValidators, origin });
const estimate = { fromMinutes: 5, toMinutes: 10, ordersAhead: 2, basis: "recent_orders" };

describe("the shared API client", () => {
  it("sends the route's method, path with its params, query, headers and JSON body", async () => {
    answer = json(200, { summaries: [] });
    const result = await client()(reportRoutes.listDailySummaries, {
      query: { from: "2026-01-01", to: "2026-01-31" },
    });
    expect(result).toEqual({ ok: true, data: { summaries: [] } });
    expect(seen?.method).toBe("GET");
    expect(seen?.url).toBe("/api/merchant/reports/daily-summaries?from=2026-01-01&to=2026-01-31");

    answer = json(200, { estimate });
    await client()(orderRoutes.getOrderWait, {
      params: { id: "a b/c" },
      headers: { Authorization: "Bearer token-1" },
    });
    expect(seen?.url).toBe("/api/orders/a%20b%2Fc/wait");
    expect(seen?.headers.authorization).toBe("Bearer token-1");
    expect(seen?.headers["content-type"]).toBeUndefined();

    answer = (response) => response.writeHead(204).end();
    const body = { currentPassword: "old password", newPassword: "a new password" };
    expect(await client()(authRoutes.changePassword, { body })).toEqual({ ok: true, data: null });
    expect(seen?.method).toBe("POST");
    expect(seen?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(seen?.body ?? "")).toEqual(body);
  });

  it("sends a file as it is, with its own media type", async () => {
    answer = json(200, { url: "/api/menu-photos/abc.webp", width: 1200, height: 800 });
    const file = new Blob(["not really a png"], { type: "image/png" });
    const result = await client()(menuRoutes.uploadItemPhoto, { params: { id: "item-1" }, body: file });
    expect(seen?.method).toBe("PUT");
    expect(seen?.headers["content-type"]).toBe("image/png");
    expect(seen?.body).toBe("not really a png");
    expect(result).toEqual({
      ok: true,
      data: { url: "/api/menu-photos/abc.webp", width: 1200, height: 800 },
    });
  });

  it("answers data checked against the route's response schema", async () => {
    answer = json(200, { estimate, ignored: "extra fields are dropped" });
    const result = await client()(orderRoutes.getOrderWait, { params: { id: "o1" } });
    expect(result).toEqual({ ok: true, data: { estimate } });
  });

  it("refuses a success whose body breaks the contract as bad_response", async () => {
    answer = json(200, { estimate: { ...estimate, fromMinutes: "soon" } });
    const result = await client()(orderRoutes.getOrderWait, { params: { id: "o1" } });
    expect(result).toEqual({
      ok: false,
      error: { status: 200, code: "bad_response", message: "The server sent an unexpected answer." },
    });

    // A route answered with No Content takes no body either.
    answer = json(200, { unexpected: true });
    const change = await client()(authRoutes.removeStaff, { params: { id: "s1" } });
    expect(change.ok ? null : change.error.code).toBe("bad_response");
  });

  it("passes the server's error envelope on: status, code, message and details", async () => {
    const details = { line: 0, itemId: "i1", name: "Dumplings" };
    answer = json(409, { error: { code: "sold_out", message: "Dumplings is sold out", details } });
    const result = await client()(orderRoutes.placeOrder, {
      headers: { "Idempotency-Key": "key-1" },
      body: { tableToken: "t".repeat(16), lines: [{ itemId: "i1", quantity: 1 }] },
    });
    expect(result).toEqual({
      ok: false,
      error: { status: 409, code: "sold_out", message: "Dumplings is sold out", details },
    });
    expect(seen?.headers["idempotency-key"]).toBe("key-1");
  });

  it("turns answers that are not JSON into bad_response, keeping the status", async () => {
    answer = (response) =>
      response.writeHead(502, { "Content-Type": "text/html" }).end("<h1>Bad gateway</h1>");
    const refused = await client()(orderRoutes.getOrderWait, { params: { id: "o1" } });
    expect(refused).toEqual({
      ok: false,
      error: { status: 502, code: "bad_response", message: "The server answered 502." },
    });

    answer = (response) => response.writeHead(200, { "Content-Type": "text/plain" }).end("fine");
    const success = await client()(orderRoutes.getOrderWait, { params: { id: "o1" } });
    expect(success.ok ? null : success.error).toMatchObject({ status: 200, code: "bad_response" });
  });

  it("answers a network failure when nothing answers, or the schemas cannot be loaded", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = createClient({
      validators: () => responseValidators,
      origin: `http://127.0.0.1:${port}`,
    });
    const result = await unreachable(orderRoutes.getOrderWait, { params: { id: "o1" } });
    expect(result.ok ? null : result.error).toMatchObject({ status: 0, code: "network" });

    answer = json(200, { estimate });
    const offline = createClient({ validators: () => Promise.reject(new TypeError("chunk failed")), origin });
    const unchecked = await offline(orderRoutes.getOrderWait, { params: { id: "o1" } });
    expect(unchecked.ok ? null : unchecked.error).toMatchObject({ status: 0, code: "network" });
  });

  it("lets the caller's own abort through as the AbortError it is", async () => {
    answer = () => {}; // never answers
    const abort = new AbortController();
    const pending = client()(orderRoutes.getOrderWait, { params: { id: "o1" }, signal: abort.signal });
    abort.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
  });

  it("shows each answer's headers to the call that asked", async () => {
    answer = (response) =>
      response
        .writeHead(200, { "Content-Type": "application/json", "X-Example": "seen" })
        .end(JSON.stringify({ estimate: null }));
    let header: string | null = null;
    await client()(orderRoutes.getOrderWait, {
      params: { id: "o1" },
      onResponse: (response) => {
        header = response.headers.get("X-Example");
      },
    });
    expect(header).toBe("seen");
  });
});
