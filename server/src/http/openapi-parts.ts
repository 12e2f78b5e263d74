import { apiErrorSchema, type Operation, type Permission } from "@tabletap/shared";
import { z } from "zod";
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from "zod-openapi";

/** Building blocks for the OpenAPI paths each feature describes next to its routes. */
export const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
export const error = (description: string) => ({ description, ...json(apiErrorSchema) });
export const ok = (description: string, schema: z.ZodType) => ({ description, ...json(schema) });
export const noContent = (description: string) => ({ description });
/** Signed-in staff of any role; openapi-guards.ts adds the 401 (and 403 for state changes). */
export const staffOnly = { security: [{ staffSession: [] }], tags: ["merchant"] };
/** Signed-in staff whose role has `permission` (shared/src/auth/permissions.ts); the guards add its 403. */
export const requires = (permission: Permission) => ({ ...staffOnly, "x-permission": permission });
/** The diner's order token as `Authorization: Bearer`; the guards add its 401 and 404. */
export const dinerToken = { tags: ["diner"], security: [{ orderToken: [] }] };
/** A route behind a Redis-counted limit (http/rate-limit.ts): `why` says what is counted. */
export const limited = (why: string) => ({ "429": error(`${why} (\`rate_limited\`)`) });
export const idPath = z.object({ id: z.string() });

/** What only the server documents about an operation: who may call it, its words, its refusals. */
export type OperationDoc = Omit<ZodOpenApiOperationObject, "operationId" | "requestParams" | "responses"> & {
  /** The words for the contract's success answer. */
  success: string;
  responses?: ZodOpenApiOperationObject["responses"];
};

/**
 * An operation of the shared contract as OpenAPI: method, path, operationId, request and success answer come
 * from its definition (so the document and the clients cannot drift apart); `doc` adds the server's part.
 */
export function documented(operation: Operation, { success, responses, ...doc }: OperationDoc) {
  const { params, query, headers, body, response } = operation;
  const requestParams = Object.fromEntries(
    Object.entries({ path: params, query, header: headers }).filter(([, schema]) => schema !== undefined),
  );
  const requestBody =
    body instanceof z.ZodOptional
      ? { ...json(body.unwrap() as z.ZodType), required: false }
      : body && json(body);
  const item: ZodOpenApiOperationObject = {
    operationId: operation.operationId,
    ...(Object.keys(requestParams).length > 0 ? { requestParams } : {}),
    ...(requestBody ? { requestBody } : {}),
    ...doc,
    responses: {
      [operation.status]: response ? ok(success, response) : noContent(success),
      ...responses,
    },
  };
  return { [operation.path]: { [operation.method.toLowerCase()]: item } };
}

/** Joins documented operations, several methods of one path into one path item. */
export function paths(...operations: ZodOpenApiPathsObject[]): ZodOpenApiPathsObject {
  const joined: ZodOpenApiPathsObject = {};
  for (const operation of operations) {
    for (const [path, item] of Object.entries(operation)) joined[path] = { ...joined[path], ...item };
  }
  return joined;
}
