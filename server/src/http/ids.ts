import { HttpError } from "./errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * Ids and tokens in paths are checked against their alphabet before any SQL runs: anything else cannot
 * exist, and some bytes (NUL) would make PostgreSQL fail instead of simply finding nothing.
 */
export function uuidParam(value: string | undefined, what = "No such record"): string {
  if (value === undefined || !isUuid(value)) throw new HttpError(404, "not_found", what);
  return value;
}

export const isUuid = (value: string): boolean => UUID.test(value);
export const isToken = (value: string): boolean => TOKEN.test(value);
