import { type CallInput, type CallResult, createClient, type ErrorCode, type Route } from "@tabletap/shared";
import { responseValidators } from "@tabletap/shared/responses";

// Loaded on the first call (lib/api.ts), with the response schemas and zod: the first screen does without.
const client = createClient({ validators: () => responseValidators });

/** The shared client's answer, with a code the diner's words know for an error page without the envelope. */
export async function send<R extends Route>(
  route: R,
  input: CallInput<R>,
): Promise<CallResult<NonNullable<R["types"]>["response"]>> {
  const result = await client(route, input);
  if (result.ok || result.error.code !== "bad_response" || result.error.status < 400) return result;
  return { ok: false, error: { ...result.error, code: fallback(result.error.status) } };
}

// A proxy's HTML error page or an empty body: say something useful instead of a parse error.
const fallback = (status: number): ErrorCode =>
  status === 404
    ? "not_found"
    : status === 429
      ? "rate_limited"
      : status === 503
        ? "server_busy"
        : status >= 500
          ? "internal"
          : "bad_request";
