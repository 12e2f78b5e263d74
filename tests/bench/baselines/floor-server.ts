import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { Server } from "socket.io";

/**
 * What every floor shares: Express and a Socket.IO server on one port, where a board joins its shop's room by
 * naming the shop (no login). `ready` prints "ready <port>" for the bench, which reads it as the product's
 * health check.
 */
export function floorServer() {
  const app = express();
  const httpServer = createServer(app);
  const io = new Server(httpServer, { serveClient: false, transports: ["websocket"] });
  io.on("connection", (socket) => socket.join(String(socket.handshake.auth.shop)));
  return {
    app,
    io,
    async ready() {
      httpServer.listen(0, "127.0.0.1");
      await once(httpServer, "listening");
      console.log(`ready ${(httpServer.address() as AddressInfo).port}`);
    },
  };
}
