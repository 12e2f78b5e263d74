import type { OrderTarget } from "../targets.js";
import { inBatches } from "./open-loop.js";

/**
 * `count` orders, `concurrency` in flight: each sender places its next order when the last one was answered
 * (closed loop), then every order is awaited on its board, so the run's CPU includes the fan-out.
 */
export async function closedLoop(target: OrderTarget, count: number, concurrency: number, offset = 0) {
  target.watch.clear();
  const ids: string[] = [];
  let lost = 0;
  const started = performance.now();
  await inBatches(
    Array.from({ length: count }, (_, i) => offset + i),
    concurrency,
    async (i) => {
      const id = await target.place(i);
      if (id) ids.push(id);
      else lost++;
    },
  );
  // A slow pipeline (a busy machine, a queue behind a webhook) still finishes its orders inside the run, so
  // their CPU is counted; only an order that never shows up is lost.
  const arrivals = await Promise.all(ids.map((id) => target.watch.arrival(id, 120_000)));
  const seconds = (performance.now() - started) / 1000;
  lost += arrivals.filter(Number.isNaN).length;
  return { orders: count - lost, lost, seconds };
}
