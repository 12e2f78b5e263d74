import { z } from "zod";
import { idempotencyKeySchema } from "../orders/schemas.js";

/** `{id}` in a path: the record's id (the server answers 404 for one that is not the caller's). */
export const idParams = z.object({ id: z.string() });
/** Retries of the same request carry the same key, so they create one record. */
export const idempotencyHeaders = z.object({ "Idempotency-Key": idempotencyKeySchema });
