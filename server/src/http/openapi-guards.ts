import { apiErrorSchema, can, type Permission, staffRoles } from "@tabletap/shared";
import type {
  ZodOpenApiOperationObject,
  ZodOpenApiPathItemObject,
  ZodOpenApiPathsObject,
  ZodOpenApiResponseObject,
} from "zod-openapi";
import { error, json } from "./openapi-parts.js";

const methods = ["get", "put", "post", "patch", "delete"] as const;

/** Shared by every operation, so it is one component instead of seventy copies. */
const internal = {
  id: "InternalError",
  description: "A fault on the server's side (`internal`); the client may try again",
  ...json(apiErrorSchema),
};

/**
 * What the middleware in front of the routes (app.ts) answers, added to each operation it stands in front
 * of, so a new route's contract names these statuses without anyone remembering them: operations that say
 * no security are public (`security: []`); the staff area's session guard (401), same-origin check (403)
 * and permission guard (403 for the roles `x-permission` leaves out); the order-token check (401, 404);
 * the JSON body parser (400, 413, 415); query and id checks (400, 404); the error handler's 500.
 * A status the operation documents itself keeps its own words after the guard's.
 */
export function withGuards(paths: ZodOpenApiPathsObject): ZodOpenApiPathsObject {
  const guarded: ZodOpenApiPathsObject = {};
  for (const [path, item] of Object.entries(paths) as [string, ZodOpenApiPathItemObject][]) {
    const next: ZodOpenApiPathItemObject = { ...item };
    for (const method of methods) {
      const operation = item[method];
      if (operation) next[method] = guardOperation(path, method, operation);
    }
    guarded[path] = next;
  }
  return guarded;
}

function guardOperation(
  path: string,
  method: (typeof methods)[number],
  operation: ZodOpenApiOperationObject,
): ZodOpenApiOperationObject {
  const security = operation.security ?? [];
  const always = (scheme: string) =>
    security.length > 0 && security.every((requirement) => Object.hasOwn(requirement, scheme));
  const permission = (operation as { "x-permission"?: Permission })["x-permission"];
  const refusals: [status: string, description: string][] = [];

  if (always("staffSession")) refusals.push(["401", "Not signed in, or the session ended (`unauthorized`)"]);
  const sameOriginOnly = /^\/api\/(merchant|auth)\//.test(path) && method !== "get";
  const excluded = permission ? staffRoles.filter((role) => !can(role, permission)) : [];
  const forbidden = [
    ...(sameOriginOnly ? ["sent from another site's page"] : []),
    ...(excluded.length > 0 ? [`the role (${excluded.join(", ")}) lacks \`${permission}\``] : []),
  ];
  if (forbidden.length > 0) refusals.push(["403", `Refused (\`forbidden\`): ${forbidden.join(", or ")}`]);
  if (always("orderToken")) {
    refusals.push(["401", "No order token in `Authorization: Bearer <orderToken>` (`unauthorized`)"]);
    refusals.push(["404", "No such order for this token (`not_found`)"]);
  }
  refusals.push(...bodyRefusals(operation));
  if (operation.requestParams?.query)
    refusals.push(["400", "A query parameter out of range (`validation_failed`)"]);
  const responses = { ...operation.responses };
  if (path.includes("{id}") && !refusals.some(([status]) => status === "404") && !responses["404"]) {
    refusals.push(["404", "No such record (`not_found`)"]);
  }
  for (const [status, description] of refusals) {
    const key = status as `4${string}`;
    const own = responses[key] as ZodOpenApiResponseObject | undefined;
    responses[key] = own ? { ...own, description: merge(description, own.description) } : error(description);
  }
  responses["500"] = internal;
  return { ...operation, security, responses };
}

/**
 * Every request behind the JSON parser has its body read, even one that takes none; routes that take other
 * media (photos, providers' notifications) read theirs raw, before it, and document their own refusals.
 */
function bodyRefusals(operation: ZodOpenApiOperationObject): [string, string][] {
  const media = Object.keys(operation.requestBody?.content ?? {});
  if (media.some((type) => type !== "application/json")) return [];
  const body = media.length > 0 ? "A body" : "A body (this operation takes none)";
  return [
    [
      "400",
      `${body} that is not JSON (\`invalid_json\`)${media.length > 0 ? ", or not what the schema allows (`validation_failed`)" : ""}`,
    ],
    ["413", `${body} over 32 kB (\`payload_too_large\`)`],
    ["415", `${body} that is not UTF-8 \`application/json\` (\`unsupported_media_type\`)`],
  ];
}

/** The guard's words first; nothing twice when one already says the other. */
const merge = (guard: string, own: string) => {
  if (own.includes(guard)) return own;
  return guard.includes(own) ? guard : `${guard}. ${own}`;
};
