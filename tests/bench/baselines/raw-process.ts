import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

export interface RawProcess {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/** Starts baselines/raw-server.ts in its own process, the same way the product's server is started. */
export function startRawServer(mode: "express" | "socket"): Promise<RawProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "raw-server.ts"), mode],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`raw ${mode} server exited (${code})`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      const port = /^ready (\d+)$/.exec(line)?.[1];
      if (!port) return;
      resolve({
        url: `http://127.0.0.1:${port}`,
        pid: child.pid as number,
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners("exit");
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}
