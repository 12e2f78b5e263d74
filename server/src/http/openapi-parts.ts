import { apiErrorSchema } from "@tabletap/shared";
import { z } from "zod";

/** Building blocks for the OpenAPI paths each feature describes next to its routes. */
export const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
export const error = (description: string) => ({ description, ...json(apiErrorSchema) });
export const ok = (description: string, schema: z.ZodType) => ({ description, ...json(schema) });
export const noContent = (description: string) => ({ description });
export const staffOnly = { security: [{ staffSession: [] }], tags: ["merchant"] };
export const idPath = z.object({ id: z.string() });
