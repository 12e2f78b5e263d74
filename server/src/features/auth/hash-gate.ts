/**
 * At most `concurrency` tasks at once and at most `maxWaiting` more in line; `run` refuses at once
 * (returns undefined) beyond that, so a flood is answered quickly instead of piling up behind the work.
 */
export interface HashGate {
  run<T>(task: () => Promise<T>): Promise<{ value: T } | undefined>;
}

export function createHashGate(limits: { concurrency: number; maxWaiting: number }): HashGate {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    async run(task) {
      if (running < limits.concurrency) running++;
      else if (waiting.length < limits.maxWaiting) await new Promise<void>((go) => waiting.push(go));
      else return undefined;
      try {
        return { value: await task() };
      } finally {
        release();
      }
    },
  };
}
