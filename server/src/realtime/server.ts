import type { Server as HttpServer } from "node:http";
import {
  DINER_NAMESPACE,
  type DinerClientToServer,
  type DinerServerToClient,
  MERCHANT_NAMESPACE,
  type MerchantClientToServer,
  type MerchantServerToClient,
} from "@tabletap/shared";
import type { Request, RequestHandler } from "express";
import { Server } from "socket.io";
import type { Db } from "../db/database.js";
import { findDinerOrderId } from "../features/orders/diner-access.js";
import { orderRoom, shopRoom } from "./rooms.js";

export type MerchantNamespace = ReturnType<typeof merchantNamespace>;

/** Socket.IO on the HTTP server: staff are authenticated by the session cookie, diners by their order token. */
export function createRealtimeServer(options: {
  httpServer: HttpServer;
  session: RequestHandler;
  db: Db;
}): Server {
  const io = new Server(options.httpServer, { serveClient: false, transports: ["websocket", "polling"] });
  io.engine.use(options.session);
  merchantNamespace(io);
  dinerNamespace(io, options.db);
  return io;
}

function merchantNamespace(io: Server) {
  const nsp = io.of(MERCHANT_NAMESPACE) as unknown as import("socket.io").Namespace<
    MerchantClientToServer,
    MerchantServerToClient
  >;
  nsp.use((socket, next) => {
    const staff = (socket.request as Request).session?.staff;
    if (!staff) return next(new Error("unauthorized"));
    // Joined in the middleware, before the client sees "connect", so nothing emitted after its catch-up fetch is missed.
    socket.join(shopRoom(staff.shopId));
    next();
  });
  return nsp;
}

function dinerNamespace(io: Server, db: Db) {
  const nsp = io.of(DINER_NAMESPACE) as unknown as import("socket.io").Namespace<
    DinerClientToServer,
    DinerServerToClient
  >;
  nsp.use(async (socket, next) => {
    const token = (socket.handshake.auth as { orderToken?: unknown }).orderToken;
    const orderId =
      typeof token === "string" ? await findDinerOrderId(db, token).catch(() => undefined) : undefined;
    if (!orderId) return next(new Error("unauthorized"));
    socket.join(orderRoom(orderId));
    next();
  });
  return nsp;
}
