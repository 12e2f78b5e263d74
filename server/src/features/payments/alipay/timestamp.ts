const BEIJING_OFFSET_MS = 8 * 60 * 60_000;

/**
 * Alipay's `timestamp` request field: "yyyy-MM-dd HH:mm:ss" in Beijing time (as Alipay's Java SDK sends it).
 * The Node SDK would format the server's local time, which is UTC or anything else on most hosts.
 * China has no daylight saving, so a fixed offset is exact.
 */
export function beijingTimestamp(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 19).replace("T", " ");
}
