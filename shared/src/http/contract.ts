import type { Route, RouteSchemas } from "./route.js";

/** One operation, whole: its route (operationId, method, path, success status) and its schemas. */
export type Operation<R extends Route = Route, S extends RouteSchemas = RouteSchemas> = R & S;

/**
 * Pairs a feature's routes with its schemas: one definition object per operation, which the server's
 * OpenAPI document is built from and whose `response` the clients check answers with. Every route needs
 * its schemas and every schema set its route.
 */
export const contract = <R extends Record<string, Route>, S extends { [K in keyof R]: RouteSchemas }>(
  routes: R & { [K in keyof S]: Route },
  schemas: S,
) =>
  Object.fromEntries(Object.entries(routes).map(([id, route]) => [id, { ...route, ...schemas[id] }])) as {
    [K in keyof R]: Operation<R[K], S[K]>;
  };
