import { readFileSync } from "node:fs";
import { io, type Socket } from "socket.io-client";
import { startRawServer } from "../baselines/raw-process.js";
import { deploy } from "../product.js";
import { atMost, type BenchSection, knob, round, row } from "../section.js";
import { median } from "../stats.js";

const SOCKETS = knob("BENCH_IDLE_SOCKETS", 2000);

/** Resident memory of another process, from the kernel (the server is not asked, so it is not disturbed). */
function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
  if (!line?.[1]) throw new Error(`no VmRSS for ${pid}`);
  return Number(line[1]) * 1024;
}

/** RSS settles a moment after a burst of connections; the median of a few readings dodges a GC in flight. */
async function settledRss(pid: number): Promise<number> {
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    readings.push(rssBytes(pid));
  }
  return median(readings);
}

/** Opens idle /diner sockets in batches (websocket transport, as behind the load balancer). */
async function openSockets(url: string, auth: Record<string, string>, count: number): Promise<Socket[]> {
  const sockets: Socket[] = [];
  for (let opened = 0; opened < count; opened += 100) {
    const batch = Array.from({ length: Math.min(100, count - opened) }, () =>
      io(`${url}/diner`, { transports: ["websocket"], auth, forceNew: true, reconnection: false }),
    );
    await Promise.all(
      batch.map(
        (socket) =>
          new Promise<void>((resolve, reject) => {
            socket.once("connect", () => resolve());
            socket.once("connect_error", reject);
          }),
      ),
    );
    sockets.push(...batch);
  }
  return sockets;
}

/** Bytes of server RSS per idle socket: (RSS with the sockets open − RSS before) / sockets. */
async function perSocket(pid: number, url: string, auth: Record<string, string>) {
  // A few sockets first, so code paths and buffers used by any connection are already paid for.
  const warm = await openSockets(url, auth, 50);
  for (const socket of warm) socket.close();
  const before = await settledRss(pid);
  const sockets = await openSockets(url, auth, SOCKETS);
  const after = await settledRss(pid);
  for (const socket of sockets) socket.close();
  return { bytes: (after - before) / sockets.length, before, after };
}

export const memorySection: BenchSection = {
  name: "memory",
  async run() {
    const raw = await startRawServer();
    const bare = await perSocket(raw.pid, raw.url, {}).finally(() => raw.stop());
    const deployment = await deploy("sqlite");
    try {
      const server = await deployment.start("all");
      const [shop] = await deployment.shops(1);
      if (!shop || !server.pid) throw new Error("no shop or pid");
      const [url] = deployment.urls as [string];
      const product = await perSocket(server.pid, url, { tableToken: shop.tableToken });
      return [
        row({
          measure: `RSS per idle diner socket (${SOCKETS} sockets)`,
          value: product.bytes / 1024,
          baseline: bare.bytes / 1024,
          unit: "KiB",
          goal: atMost(1.5),
          details: {
            productRssMiB: [round(product.before / 2 ** 20), round(product.after / 2 ** 20)],
            bareRssMiB: [round(bare.before / 2 ** 20), round(bare.after / 2 ** 20)],
          },
        }),
      ];
    } finally {
      await deployment.stop();
    }
  },
};
