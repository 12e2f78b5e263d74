import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

const root = path.resolve(import.meta.dirname, "../..");

/** A real `server/src/main.ts` in a process of its own, which a test may SIGKILL. */
export class ServerProcess {
  private readonly logs: string[] = [];

  private constructor(private readonly child: ChildProcess) {}

  /**
   * Starts the server with these environment variables and waits for its "tabletap started" log line, or,
   * when LOG_LEVEL hides that line (the bench: request logs through a pipe would slow the server down),
   * for `$PUBLIC_URL/api/health` to answer 200. `nodeArgs` go to node itself (the bench passes `--cpu-prof`).
   * `entry: "build"` runs the compiled `server/dist/main.js` as `npm start` does (the bench measures that);
   * tests run the sources, so they never need a build.
   */
  static async start(
    env: Record<string, string>,
    timeoutMs = 30_000,
    nodeArgs: string[] = [],
    entry: "source" | "build" = "source",
  ): Promise<ServerProcess> {
    const main =
      entry === "build"
        ? [path.join(root, "server/dist/main.js")]
        : ["--conditions=tabletap-source", "--import", "tsx", path.join(root, "server/src/main.ts")];
    const child = spawn(process.execPath, [...nodeArgs, ...main], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", TZ: process.env.TZ ?? "UTC", LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const server = new ServerProcess(child);
    const quiet = ["warn", "error", "fatal", "silent"].includes(env.LOG_LEVEL ?? "info");
    await server.waitForStart(timeoutMs, quiet ? env.PUBLIC_URL : undefined);
    return server;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** False once the process has exited (crashed, or was killed). */
  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** What the process printed so far, for failure messages. */
  output(): string {
    return this.logs.join("\n");
  }

  kill(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      child.once("exit", () => resolve());
      child.kill(signal);
    });
  }

  private waitForStart(timeoutMs: number, healthOf?: string): Promise<void> {
    const child = this.child;
    return new Promise((resolve, reject) => {
      let polling = Boolean(healthOf);
      const poll = async () => {
        while (polling) {
          const ok = await fetch(`${healthOf}/api/health`).then(
            (r) => r.ok,
            () => false,
          );
          if (ok) {
            clearTimeout(timer);
            return resolve();
          }
          await new Promise((next) => setTimeout(next, 200));
        }
      };
      const timer = setTimeout(() => {
        polling = false;
        child.kill("SIGKILL");
        reject(new Error(`server process did not start in ${timeoutMs} ms:\n${this.output()}`));
      }, timeoutMs);
      const onLine = (line: string) => {
        this.logs.push(line);
        if (line.includes('"tabletap started"')) {
          clearTimeout(timer);
          resolve();
        }
      };
      if (healthOf) void poll();
      if (child.stdout) createInterface({ input: child.stdout }).on("line", onLine);
      if (child.stderr) createInterface({ input: child.stderr }).on("line", onLine);
      child.once("exit", (code, signal) => {
        polling = false;
        clearTimeout(timer);
        reject(new Error(`server process exited (${code ?? signal}) before it started:\n${this.output()}`));
      });
    });
  }
}
