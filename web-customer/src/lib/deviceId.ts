import { randomId } from "@tabletap/shared";
import { readJson, writeJson } from "./storage";

const KEY = "tabletap:device";

/**
 * A random id for this browser, kept in its storage, so a coupon's per-device limit can count this
 * phone's uses. A weak identity on purpose: clearing storage or opening another browser makes a new one,
 * and nothing else is learnt about the diner. It limits a promotion; it secures nothing.
 */
export function deviceId(): string {
  const stored = readJson(KEY);
  if (typeof stored === "string" && /^[A-Za-z0-9_-]{8,64}$/.test(stored)) return stored;
  const made = randomId();
  writeJson(KEY, made);
  return made;
}
