import type { ErrorCode } from "./error-codes.js";
import type { Route } from "./route.js";

// No zod at runtime here either: response schemas arrive through `validators`, which may load them lazily.

/** Anything with zod's `safeParse` shape. */
export interface Validator {
  safeParse(input: unknown): { success: true; data: unknown } | { success: false };
}
/** The response schema of an operation, by operationId. */
export type Validators = (operationId: string) => Validator | undefined;

export interface CallFailure {
  /** 0 when no answer came back. */
  status: number;
  /** The server's code; `network` when no answer came, `bad_response` when the answer broke the contract. */
  code: ErrorCode | "network" | "bad_response";
  message: string;
  details?: unknown;
}
export type CallResult<T> = { ok: true; data: T } | { ok: false; error: CallFailure };

type Types<R> = R extends Route<string, infer T> ? T : never;
// A part whose fields are all optional (a query of filters) may be left out too.
type Given<K extends string, V> = undefined extends V
  ? { [P in K]?: V }
  : Partial<V> extends V
    ? { [P in K]?: V }
    : { [P in K]: V };
// Headers the route's schema names (an Idempotency-Key) are required; any others (a bearer token) may come too.
type Headers<V> = undefined extends V
  ? { headers?: Record<string, string> }
  : { headers: V & Record<string, string> };

/** What one call sends: the route's params, query and body as its schemas take them. */
export type CallInput<R extends Route> = Given<"params", Types<R>["params"]> &
  Given<"query", Types<R>["query"]> &
  Given<"body", Types<R>["body"]> &
  Headers<Types<R>["headers"]> & {
    signal?: AbortSignal | undefined;
    /** Sees the answer's headers before its body is read. */
    onResponse?: (response: Response) => void;
  };

export interface ClientOptions {
  /** Called on each answer that needs checking; a dynamic import here keeps zod off a first screen. */
  validators: () => Validators | Promise<Validators>;
  /** Where the API is, for callers outside a page of the same origin (default: relative URLs). */
  origin?: string;
}

export type Call = <R extends Route>(
  route: R,
  input: CallInput<R>,
) => Promise<CallResult<Types<R>["response"]>>;

const fail = (status: number, code: CallFailure["code"], message: string, details?: unknown) =>
  ({ ok: false, error: { status, code, message, details } }) as const;

/** `/api/orders/{id}` with `{id: "a b"}` → `/api/orders/a%20b`, plus the query's defined values. */
export function routeUrl(route: Route, params?: unknown, query?: unknown): string {
  const values = (params ?? {}) as Record<string, unknown>;
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String(values[name])),
  );
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined) search.set(key, String(value));
  return search.size > 0 ? `${path}?${search}` : path;
}

/**
 * The one way the web apps talk to the API: sends a route's request and answers a value, never throws
 * (but for the caller's own abort). A success whose body does not match the route's response schema is a
 * `bad_response` failure, like an error answer without the `{"error": {code, message}}` envelope.
 */
export function createClient(options: ClientOptions): Call {
  return async (route, input) => {
    const { params, query, body, headers, signal, onResponse } = input as CallInput<Route>;
    const file = body instanceof Blob;
    let response: Response;
    let json: unknown;
    let validator: Validator | undefined;
    try {
      response = await fetch((options.origin ?? "") + routeUrl(route, params, query), {
        method: route.method,
        headers: {
          Accept: "application/json",
          ...(body === undefined
            ? {}
            : { "Content-Type": file ? body.type || "application/octet-stream" : "application/json" }),
          ...headers,
        },
        body: body === undefined ? null : file ? body : JSON.stringify(body),
        signal: signal ?? null,
      });
      onResponse?.(response);
      json = response.status === 204 ? null : await response.json().catch(() => undefined);
      // Loaded only once an answer needs checking (a failed load, offline, is a network failure too).
      if (response.ok) validator = (await options.validators())(route.operationId);
    } catch (error) {
      // The caller gave up (it unmounted): nobody waits for a value. A timeout is just a bad network.
      if (error instanceof DOMException && error.name === "AbortError") throw error;
      return fail(0, "network", "Can't reach the server. Check the connection and try again.");
    }
    const { status } = response;
    if (!response.ok) {
      const error = (json as { error?: Partial<Record<"code" | "message" | "details", unknown>> } | null)
        ?.error;
      return typeof error?.code === "string" && typeof error.message === "string"
        ? fail(status, error.code as ErrorCode, error.message, error.details)
        : fail(status, "bad_response", `The server answered ${status}.`);
    }
    const parsed = validator ? validator.safeParse(json) : { success: json === null, data: null };
    return parsed.success
      ? { ok: true, data: parsed.data as never }
      : fail(status, "bad_response", "The server sent an unexpected answer.");
  };
}
