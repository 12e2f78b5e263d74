/**
 * The floor for memory per idle socket: a bare Socket.IO server in a process of its own like the product's
 * server, which puts each /diner socket in a room. Prints "ready <port>".
 */
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Server } from "socket.io";

const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false, transports: ["websocket", "polling"] });
io.of("/diner").on("connection", (socket) => socket.join(`menu:${socket.id}`));
httpServer.listen(0, "127.0.0.1");
await once(httpServer, "listening");
console.log(`ready ${(httpServer.address() as AddressInfo).port}`);
