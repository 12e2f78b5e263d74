import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";

const root = path.resolve(import.meta.dirname, "../..");

/** A real `server/src/main.ts` in a process of its own, which a test may SIGKILL. */
export class ServerProcess {
  private readonly logs: string[] = [];

  private constructor(private readonly child: ChildProcess) {}

  /** Starts the server with these environment variables and waits for its "tabletap started" log line. */
  static async start(env: Record<string, string>, timeoutMs = 30_000): Promise<ServerProcess> {
    const child = spawn(
      process.execPath,
      ["--conditions=tabletap-source", "--import", "tsx", path.join(root, "server/src/main.ts")],
      {
        cwd: root,
        env: { PATH: process.env.PATH ?? "", TZ: process.env.TZ ?? "UTC", LOG_LEVEL: "info", ...env },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const server = new ServerProcess(child);
    await server.waitForStart(timeoutMs);
    return server;
  }

  get pid(): number | undefined {
    return this.child.pid;
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

  private waitForStart(timeoutMs: number): Promise<void> {
    const child = this.child;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
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
      if (child.stdout) createInterface({ input: child.stdout }).on("line", onLine);
      if (child.stderr) createInterface({ input: child.stderr }).on("line", onLine);
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`server process exited (${code ?? signal}) before it started:\n${this.output()}`));
      });
    });
  }
}
