import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { freePort } from "@tabletap/server/net/free-port";

const run = promisify(execFile);

/** The newest PostgreSQL server binaries on this machine (Debian keeps them out of PATH). */
function postgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(path.join(root, v, "bin/initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error(`no PostgreSQL server binaries (initdb) under ${root}`);
  return path.join(root, versions[0], "bin");
}

/**
 * A PostgreSQL cluster of the test's own in a temporary folder, so a test can stop and start it without
 * touching the machine's shared server. initdb refuses to run as root, so as root it runs as `postgres`.
 */
export class PrivatePostgres {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly bin: string,
    private readonly asUser: string | undefined,
  ) {}

  static async start(): Promise<PrivatePostgres> {
    const bin = postgresBin();
    const dir = mkdtempSync(path.join(tmpdir(), "tabletap-pg-"));
    const asUser = userInfo().uid === 0 ? "postgres" : undefined;
    if (asUser) {
      const { stdout } = await run("id", ["-u", asUser]);
      const { stdout: gid } = await run("id", ["-g", asUser]);
      chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    const cluster = new PrivatePostgres(await freePort(), dir, bin, asUser);
    // Trust on loopback only, and no fsync: the data is thrown away with the folder.
    await cluster.exec("initdb", [
      "-D",
      cluster.dataDir,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--no-sync",
    ]);
    await cluster.up();
    return cluster;
  }

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  private get dataDir(): string {
    return path.join(this.dir, "data");
  }

  /** Starts the cluster and waits until it accepts connections. */
  async up(): Promise<void> {
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await this.exec("pg_ctl", [
      "-D",
      this.dataDir,
      "-l",
      path.join(this.dir, "log"),
      "-o",
      options,
      "-w",
      "start",
    ]);
  }

  /** A fast shutdown, as an operator's restart does: open connections are cut. */
  async down(): Promise<void> {
    await this.exec("pg_ctl", ["-D", this.dataDir, "-m", "fast", "-w", "stop"]);
  }

  async destroy(): Promise<void> {
    await this.down().catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async exec(tool: string, args: string[]): Promise<void> {
    const binary = path.join(this.bin, tool);
    const [command, argv] = this.asUser
      ? ["runuser", ["-u", this.asUser, "--", binary, ...args]]
      : [binary, args];
    await run(command, argv, { cwd: this.dir, timeout: 60_000 });
  }
}
