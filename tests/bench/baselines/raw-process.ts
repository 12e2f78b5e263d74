import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

export interface RawProcess {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/**
 * Starts a baseline (a script in this folder, with its arguments) in its own process, the same way the
 * product's server is started, and waits for its "ready <port>" line. `nodeArgs` go to node (`--cpu-prof`).
 */
export function startBaseline(
  script: string,
  args: string[] = [],
  nodeArgs: string[] = [],
): Promise<RawProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs, "--import", "tsx", path.join(import.meta.dirname, script), ...args],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`${script} exited (${code})`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      const port = /^ready (\d+)$/.exec(line)?.[1];
      if (!port) return;
      resolve({
        url: `http://127.0.0.1:${port}`,
        pid: child.pid as number,
        stop: () =>
          new Promise((done) => {
            child.removeAllListeners("exit");
            if (child.exitCode !== null) return done();
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}

/** The bare Socket.IO server (raw-server.ts) the memory section compares the product's sockets with. */
export const startRawServer = () => startBaseline("raw-server.ts");
