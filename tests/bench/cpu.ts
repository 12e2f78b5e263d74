import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** Kernel clock ticks per second, the unit of utime and stime in /proc/<pid>/stat. */
const TICKS = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

interface Stat {
  ppid: number;
  /** Process start time in ticks since boot: with the pid, names one process even if the pid is reused. */
  start: string;
  cpuMs: number;
}

/** user + system time of a whole process (all its threads) from /proc, or undefined once it has exited. */
function stat(pid: number): Stat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // The command name may hold spaces and parentheses; the fields after its last ")" are fixed.
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  // fields[0] is field 3 (state) of proc(5): ppid is 4, utime 14, stime 15, starttime 22.
  return {
    ppid: Number(fields[1]),
    start: fields[19] ?? "",
    cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS,
  };
}

/** A process and every process below it (a server that spawns helpers is charged for them too). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const ppid = stat(pid)?.ppid;
    if (ppid !== undefined) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

/** Processes whose CPU a measurement charges to one part of the deployment (API node, Redis, …). */
export interface CpuSource {
  part: string;
  /** Read at the start, every 200 ms and at the end, so a process that comes and goes is still counted. */
  pids: () => number[] | Promise<number[]>;
}

export type CpuByPart = Record<string, number>;

/**
 * CPU time (ms) the sources' processes spent while `work` ran. A process that existed at the start is charged
 * its growth; one that appeared during the run (a new database connection) all it used; one that exited is
 * charged up to its last reading, at most 200 ms short.
 */
export async function measureCpu<T>(
  sources: CpuSource[],
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: CpuByPart }> {
  const first = new Map<string, number>();
  const last = new Map<string, { part: string; cpuMs: number }>();
  const read = async (initial: boolean) => {
    for (const source of sources) {
      for (const pid of await source.pids()) {
        const now = stat(pid);
        if (!now) continue;
        const key = `${pid}@${now.start}`;
        if (initial) first.set(key, now.cpuMs);
        last.set(key, { part: source.part, cpuMs: now.cpuMs });
      }
    }
  };
  await read(true);
  let sampling = Promise.resolve();
  const timer = setInterval(() => {
    sampling = sampling.then(() => read(false));
  }, 200);
  try {
    const result = await work();
    clearInterval(timer);
    await sampling;
    await read(false);
    const cpuMs: CpuByPart = {};
    for (const source of sources) cpuMs[source.part] = 0;
    for (const [key, { part, cpuMs: used }] of last) {
      cpuMs[part] = (cpuMs[part] ?? 0) + used - (first.get(key) ?? 0);
    }
    return { result, cpuMs };
  } finally {
    clearInterval(timer);
  }
}

export const totalOf = (parts: CpuByPart) => Object.values(parts).reduce((sum, ms) => sum + ms, 0);
