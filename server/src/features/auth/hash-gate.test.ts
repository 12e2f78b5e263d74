import { describe, expect, it } from "vitest";
import { createHashGate } from "./hash-gate.js";

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
};

describe("hash gate", () => {
  it("runs at most `concurrency` at once, queues `maxWaiting` more and refuses the rest", async () => {
    const gate = createHashGate({ concurrency: 2, maxWaiting: 1 });
    const blockers = [deferred(), deferred(), deferred()];
    let active = 0;
    let peak = 0;
    const started: number[] = [];
    const task = (i: number) => async () => {
      started.push(i);
      peak = Math.max(peak, ++active);
      await blockers[i]?.promise;
      active--;
      return i;
    };
    const runs = [0, 1, 2, 3].map((i) => gate.run(task(i)));
    await expect(runs[3]).resolves.toBeUndefined();
    expect(started).toEqual([0, 1]);
    blockers[0]?.resolve();
    await expect(runs[0]).resolves.toEqual({ value: 0 });
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    blockers[1]?.resolve();
    blockers[2]?.resolve();
    await expect(Promise.all(runs.slice(1, 3))).resolves.toEqual([{ value: 1 }, { value: 2 }]);
    expect(peak).toBe(2);
  });

  it("frees its place when a task fails", async () => {
    const gate = createHashGate({ concurrency: 1, maxWaiting: 0 });
    await expect(gate.run(() => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(gate.run(async () => "next")).resolves.toEqual({ value: "next" });
  });
});
