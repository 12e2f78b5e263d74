/** One measured figure beside its baseline from the same run, and the target their ratio must meet. */
export interface BenchRow {
  measure: string;
  value: number;
  baseline: number;
  unit: string;
  /** value / baseline */
  ratio: number;
  target: string;
  met: boolean;
  /** Anything else worth keeping in the JSON (samples, rates tried, errors). */
  details?: Record<string, unknown>;
}

/** A part of `npm run bench`; run.ts runs the sections one after another and merges their rows. */
export interface BenchSection {
  name: string;
  run: () => Promise<BenchRow[]>;
}

export const atMost = (limit: number) => ({ target: `≤ ${limit}`, met: (ratio: number) => ratio <= limit });
export const atLeast = (limit: number) => ({ target: `≥ ${limit}`, met: (ratio: number) => ratio >= limit });

export function row(options: {
  measure: string;
  value: number;
  baseline: number;
  unit: string;
  goal: ReturnType<typeof atMost>;
  details?: Record<string, unknown>;
}): BenchRow {
  const ratio = options.value / options.baseline;
  return {
    measure: options.measure,
    value: round(options.value),
    baseline: round(options.baseline),
    unit: options.unit,
    ratio: round(ratio),
    target: options.goal.target,
    met: options.goal.met(ratio),
    ...(options.details ? { details: options.details } : {}),
  };
}

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** A number from the environment, so a shorter or longer bench needs no code change. */
export const knob = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number`);
  return value;
};

/** BENCH_DIALECTS=sqlite measures one database only (say, while profiling). */
export const DIALECTS = (process.env.BENCH_DIALECTS ?? "sqlite,postgres")
  .split(",")
  .map((name) => name.trim()) as ("sqlite" | "postgres")[];
