import { z } from "zod";
import { errorCodes } from "./error-codes.js";

export { type ErrorCode, errorCodes } from "./error-codes.js";

/** Every 4xx/5xx body: `{"error": {"code", "message", "details?"}}`. */
export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: "ApiError" });
export type ApiError = z.infer<typeof apiErrorSchema>;
