import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "@tabletap/server/net/free-port";

export interface ValidatingProxy {
  url: string;
  /** What Prism printed, for a failure message. */
  log: () => string;
  stop: () => Promise<void>;
}

/**
 * Stoplight Prism in proxy mode in front of `upstream`, validating every answer against `document` (the
 * server's own GET /api/openapi.json). With `--errors` a body that breaks the contract comes back as Prism's
 * own problem document; a status the document does not list is only a warning in the `sl-violations`
 * header. Requests are not validated, so refusals of bad requests come from the server itself.
 */
export async function startValidatingProxy(upstream: string, document: unknown): Promise<ValidatingProxy> {
  const dir = mkdtempSync(path.join(tmpdir(), "tabletap-prism-"));
  const spec = path.join(dir, "openapi.json");
  writeFileSync(spec, JSON.stringify(document));
  const port = await freePort();
  const cli = createRequire(import.meta.url).resolve("@stoplight/prism-cli/dist/index.js");
  const args = ["proxy", spec, upstream, "--errors", "--validate-request=false", "--cors=false"];
  const child = spawn(process.execPath, [cli, ...args, "--port", String(port), "--host", "127.0.0.1"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const listening = new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Prism is listening")) resolve();
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`prism exited with ${code}:\n${output}`)));
  });
  await listening;
  return {
    url: `http://127.0.0.1:${port}`,
    log: () => output,
    stop: async () => {
      await stopChild(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
