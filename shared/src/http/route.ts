import type { z } from "zod";

// No zod at runtime here: the diner's first screen imports routes, and zod must not ride along.

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** The zod schemas of one operation (contract.ts pairs them with its route). */
export interface RouteSchemas {
  /** Path parameters, named as in the path's `{name}`. */
  params?: z.ZodType;
  query?: z.ZodType;
  headers?: z.ZodType;
  /** A JSON body. */
  body?: z.ZodType;
  /** The success answer's JSON, envelope included; none for 204 No Content. */
  response?: z.ZodType;
}

/** One operation of the contract without its schemas: enough to send it; `types` says what they take and give. */
export interface Route<Id extends string = string, T extends RouteTypes = RouteTypes> {
  operationId: Id;
  method: Method;
  /** OpenAPI style: `/api/orders/{id}`. */
  path: string;
  /** The success status the server answers. */
  status: number;
  /** Types only, never present at runtime. */
  readonly types?: T;
}

/** What one operation's schemas take and give; the routes files name their schemas as a type only. */
export interface RouteTypes {
  params: unknown;
  query: unknown;
  headers: unknown;
  body: unknown;
  response: unknown;
}

type In<S, K extends keyof RouteSchemas> = S extends Record<K, z.ZodType> ? z.input<S[K]> : undefined;

/** `Body` for a route whose body is a file rather than JSON; the answer is `null` when it has no body. */
export type TypesOf<S extends RouteSchemas, Body = In<S, "body">> = {
  params: In<S, "params">;
  query: In<S, "query">;
  headers: In<S, "headers">;
  body: Body;
  response: S extends Record<"response", z.ZodType> ? z.output<S["response"]> : null;
};
