/**
 * Starts one operation every 1/rate seconds whether or not earlier ones finished (open loop), so a slow
 * server meets a growing queue as it would in a lunch rush, instead of slowing the arrivals down.
 */
export async function openLoop<T>(
  count: number,
  ratePerSecond: number,
  operation: (i: number) => Promise<T>,
) {
  const interval = 1000 / ratePerSecond;
  const start = performance.now();
  const pending: Promise<T>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = start + i * interval - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(operation(i));
  }
  const sentAt = performance.now();
  const results = await Promise.all(pending);
  return { results, sendMs: sentAt - start, totalMs: performance.now() - start };
}

/** Runs `work` over items with at most `limit` in flight. */
export async function inBatches<T>(
  items: T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
