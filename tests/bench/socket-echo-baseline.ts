import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";
import { io } from "socket.io-client";

/** The floor for any Socket.IO round trip on this machine: a bare server acknowledging an echo. */
export async function socketEchoLatencies(count: number, ratePerSecond: number): Promise<number[]> {
  const httpServer = createServer();
  const server = new Server(httpServer);
  server.on("connection", (socket) =>
    socket.on("echo", (value: number, ack: (v: number) => void) => ack(value)),
  );
  httpServer.listen(0, "127.0.0.1");
  await once(httpServer, "listening");
  const { port } = httpServer.address() as AddressInfo;
  const client = io(`http://127.0.0.1:${port}`, { transports: ["websocket"] });
  await new Promise((resolve) => client.once("connect", () => resolve(undefined)));
  const latencies = await openLoop(count, ratePerSecond, async () => {
    const started = performance.now();
    await client.emitWithAck("echo", started);
    return performance.now() - started;
  });
  client.close();
  await server.close();
  return latencies;
}

/** Starts one operation every 1/rate seconds whether or not earlier ones finished (open loop). */
export async function openLoop(
  count: number,
  ratePerSecond: number,
  operation: () => Promise<number>,
): Promise<number[]> {
  const interval = 1000 / ratePerSecond;
  const start = performance.now();
  const pending: Promise<number>[] = [];
  for (let i = 0; i < count; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(operation());
  }
  return Promise.all(pending);
}
