import { knob } from "../section.js";
import { openLoop } from "./open-loop.js";

export interface RampResult {
  /**
   * Highest completed requests/s of an error-free step: the steps climb while they keep up, and the first
   * step that falls behind still measures how fast the backlog was served.
   */
  sustained: number;
  steps: { rate: number; achieved: number; errors: number; kept: boolean }[];
}

const STEP_SECONDS = knob("BENCH_STEP_SECONDS", 2);
const START_RATE = knob("BENCH_RAMP_START", 100);
const MAX_RATE = knob("BENCH_RAMP_MAX", 6000);

/**
 * Open-loop steps of rising arrival rate (×1.5 each). A step is sustained when every request succeeded
 * and the last answer came at most 10% (+200 ms) after the step's arrivals ended, so no backlog built up.
 * Stops at the first step that was not sustained.
 */
export async function maxSustainedRate(send: (i: number) => Promise<boolean>): Promise<RampResult> {
  const steps: RampResult["steps"] = [];
  let sustained = 0;
  let offset = 0;
  // A first, unmeasured second at the starting rate, so cold code paths and connections are not timed.
  await openLoop(START_RATE, START_RATE, (i) => send(i).catch(() => false));
  offset += START_RATE;
  for (let rate = START_RATE; rate <= MAX_RATE; rate = Math.round(rate * 1.5)) {
    const count = Math.round(rate * STEP_SECONDS);
    const base = offset;
    offset += count;
    const { results, totalMs } = await openLoop(count, rate, (i) => send(base + i).catch(() => false));
    const errors = results.filter((ok) => !ok).length;
    const kept = errors === 0 && totalMs <= STEP_SECONDS * 1000 * 1.1 + 200;
    const achieved = (count - errors) / (totalMs / 1000);
    steps.push({ rate, achieved: Math.round(achieved), errors, kept });
    if (errors === 0) sustained = Math.max(sustained, achieved);
    if (!kept) break;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return { sustained, steps };
}
