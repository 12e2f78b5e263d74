import { apiErrorSchema, type Permission } from "@tabletap/shared";
import { z } from "zod";

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
