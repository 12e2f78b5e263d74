/**
 * The floors the product is compared with, each in a process of its own like the product's server:
 * `express` answers a JSON POST with JSON, `socket` is a bare Socket.IO server that acknowledges an echo
 * and puts each /diner socket in a room. Prints "ready <port>".
 */
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { Server } from "socket.io";

const mode = process.argv[2];
const app = express();
app.use(express.json({ limit: "32kb" }));
app.post("/echo", (req, res) => {
  res.status(201).json({ received: req.body });
});
const httpServer = createServer(mode === "express" ? app : undefined);
if (mode === "socket") {
  const io = new Server(httpServer, { serveClient: false, transports: ["websocket", "polling"] });
  io.on("connection", (socket) =>
    socket.on("echo", (value: unknown, ack: (v: unknown) => void) => ack(value)),
  );
  io.of("/diner").on("connection", (socket) => socket.join(`menu:${socket.id}`));
}
httpServer.listen(0, "127.0.0.1");
await once(httpServer, "listening");
console.log(`ready ${(httpServer.address() as AddressInfo).port}`);
