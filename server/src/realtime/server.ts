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
import { type Namespace, Server } from "socket.io";
import type { Db } from "../db/database.js";
import { findDinerOrderId } from "../features/orders/diner-access.js";
import { registerCartEvents } from "../features/table-cart/cart.socket.js";
import type { CartLimit } from "../features/table-cart/cart-limit.js";
import { findActiveTableByToken } from "../features/tables/tables.repository.js";
import { isToken } from "../http/ids.js";
import { isSameOrigin } from "../http/same-origin.js";
import { menuRoom, orderRoom, sessionRoom, shopRoom, staffRoom, tableRoom } from "./rooms.js";

/**
 * Socket.IO on the HTTP server: staff are authenticated by the session cookie, diners by their order token
 * (order page) or their table's token (menu page).
 */
export function createRealtimeServer(options: {
  httpServer: HttpServer;
  session: RequestHandler;
  db: Db;
  publicUrl: string;
  clock?: () => number;
  cartLimit: CartLimit;
}): Server {
  const io = new Server(options.httpServer, {
    serveClient: false,
    transports: ["websocket", "polling"],
    // A page on another site must not open a staff socket with the staff's cookie (cross-site WebSocket hijacking).
    allowRequest: (req, callback) => callback(null, isSameOrigin(req, options.publicUrl)),
  });
  io.engine.use(options.session);
  merchantNamespace(io);
  dinerNamespace(io, { db: options.db, clock: options.clock ?? Date.now, cartLimit: options.cartLimit });
  return io;
}

/** Drops every staff socket opened with this session (on logout). Works across nodes through the adapter. */
export function disconnectSession(io: Server, sessionId: string): void {
  io.of(MERCHANT_NAMESPACE).in(sessionRoom(sessionId)).disconnectSockets(true);
}

/** Drops every staff socket of one person (password changed, role changed, removed); they reconnect if still allowed. */
export function disconnectStaff(io: Server, staffId: string): void {
  io.of(MERCHANT_NAMESPACE).in(staffRoom(staffId)).disconnectSockets(true);
}

function merchantNamespace(io: Server) {
  const nsp = io.of(MERCHANT_NAMESPACE) as unknown as Namespace<
    MerchantClientToServer,
    MerchantServerToClient
  >;
  nsp.use((socket, next) => {
    const request = socket.request as Request;
    const staff = request.session?.staff;
    if (!staff) return next(new Error("unauthorized"));
    // Joined in the middleware, before the client sees "connect", so nothing emitted after its catch-up fetch is missed.
    socket.join([shopRoom(staff.shopId), sessionRoom(request.sessionID), staffRoom(staff.id)]);
    next();
  });
}

function dinerNamespace(io: Server, deps: { db: Db; clock: () => number; cartLimit: CartLimit }) {
  const nsp = io.of(DINER_NAMESPACE) as unknown as Namespace<DinerClientToServer, DinerServerToClient>;
  nsp.use(async (socket, next) => {
    const auth = socket.handshake.auth as { orderToken?: unknown; tableToken?: unknown };
    const rooms = await dinerRooms(deps.db, auth).catch(() => undefined);
    if (!rooms) return next(new Error("unauthorized"));
    socket.join(rooms);
    if (typeof auth.tableToken === "string") socket.data = { tableToken: auth.tableToken };
    next();
  });
  nsp.on("connection", (socket) => registerCartEvents(nsp, socket, deps));
}

/**
 * An order token follows that order; a table (or counter) token follows its shop's menu, and a table's
 * token also joins the table's room (shared cart, tab). The counter has no room: strangers don't share.
 */
async function dinerRooms(db: Db, auth: { orderToken?: unknown; tableToken?: unknown }) {
  if (typeof auth.orderToken === "string") {
    const orderId = await findDinerOrderId(db, auth.orderToken);
    return orderId && [orderRoom(orderId)];
  }
  if (typeof auth.tableToken === "string" && isToken(auth.tableToken)) {
    const table = await findActiveTableByToken(db, auth.tableToken);
    if (!table) return undefined;
    return table.kind === "table" ? [menuRoom(table.shopId), tableRoom(table.id)] : [menuRoom(table.shopId)];
  }
  return undefined;
}
