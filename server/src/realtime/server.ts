import type { Server as HttpServer } from "node:http";
import { DINER_NAMESPACE, MERCHANT_NAMESPACE } from "@tabletap/shared";
import type { Request, RequestHandler } from "express";
import { Server } from "socket.io";
import type { Db } from "../db/database.js";
import { findDinerOrderId, type StaffSessions } from "../features/auth/index.js";
import { type CartLimit, registerCartEvents } from "../features/table-cart/index.js";
import { findActiveTableByToken } from "../features/tables/index.js";
import { isToken } from "../http/ids.js";
import { isSameOrigin } from "../http/same-origin.js";
import { recheckOnArrival, staffCredentialRooms, tableCodeRoom } from "./credentials.js";
import type { DinerNamespace, MerchantNamespace, RealtimeServer } from "./namespaces.js";
import type { Audiences } from "./publisher.js";
import { menuRoom, orderRoom, shopRoom, tableRoom } from "./rooms.js";

export type { RealtimeServer } from "./namespaces.js";

import { watchSession } from "./session-watch.js";

/** How long a staff socket goes at most without looking up its session again. */
const SESSION_RECHECK_MS = 30_000;

/**
 * Socket.IO on the HTTP server: staff are authenticated by the session cookie, diners by their order token
 * (order page) or their table's token (menu page).
 */
export function createRealtimeServer(options: {
  httpServer: HttpServer;
  session: RequestHandler;
  sessions: Pick<StaffSessions, "find" | "endsAt">;
  db: Db;
  publicUrl: string;
  clock?: () => number;
  cartLimit: CartLimit;
  sessionRecheckMs?: number;
}): RealtimeServer {
  const io: RealtimeServer = new Server(options.httpServer, {
    serveClient: false,
    transports: ["websocket", "polling"],
    // A page on another site must not open a staff socket with the staff's cookie (cross-site WebSocket hijacking).
    allowRequest: (req, callback) => callback(null, isSameOrigin(req, options.publicUrl)),
  });
  io.engine.use(onHandshakeOnly(options.session));
  const clock = options.clock ?? Date.now;
  merchantNamespace(io, {
    sessions: options.sessions,
    clock,
    recheckMs: options.sessionRecheckMs ?? SESSION_RECHECK_MS,
  });
  dinerNamespace(io, { db: options.db, clock, cartLimit: options.cartLimit });
  return io;
}

/**
 * The session is read when a connection opens, not on each long-poll: a socket's own traffic must not keep
 * its session from going idle, and it spares Redis and the database a lookup every few seconds.
 */
function onHandshakeOnly(middleware: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const isHandshake = (req as Request & { _query?: { sid?: string } })._query?.sid === undefined;
    if (isHandshake) middleware(req, res, next);
    else next();
  };
}

/** Each namespace with its own events map, for the publisher. */
export function realtimeAudiences(io: RealtimeServer): Audiences {
  const merchant: MerchantNamespace = io.of(MERCHANT_NAMESPACE);
  const diner: DinerNamespace = io.of(DINER_NAMESPACE);
  return { merchant, diner };
}

function merchantNamespace(
  io: RealtimeServer,
  deps: { sessions: Pick<StaffSessions, "find" | "endsAt">; clock: () => number; recheckMs: number },
) {
  const nsp: MerchantNamespace = io.of(MERCHANT_NAMESPACE);
  nsp.use((socket, next) => {
    const request = socket.request as Request;
    const staff = request.session?.staff;
    if (!staff) return next(new Error("unauthorized"));
    // Joined in the middleware, before the client sees "connect", so nothing emitted after its catch-up fetch is missed.
    socket.join([shopRoom(staff.shopId), ...staffCredentialRooms(request.sessionID, staff.id)]);
    socket.data.session = { id: request.sessionID, endsAt: deps.sessions.endsAt(staff) };
    next();
  });
  nsp.on("connection", (socket) => {
    watchSession(socket, socket.data.session, {
      find: deps.sessions.find,
      clock: deps.clock,
      recheckMs: deps.recheckMs,
    });
  });
}

function dinerNamespace(io: RealtimeServer, deps: { db: Db; clock: () => number; cartLimit: CartLimit }) {
  const nsp: DinerNamespace = io.of(DINER_NAMESPACE);
  nsp.use(async (socket, next) => {
    const auth = socket.handshake.auth as { orderToken?: unknown; tableToken?: unknown };
    const admitted = await admitDiner(deps.db, auth).catch(() => undefined);
    if (!admitted) return next(new Error("unauthorized"));
    socket.join(admitted.rooms);
    if (admitted.tableToken) socket.data.tableToken = admitted.tableToken;
    next();
  });
  nsp.on("connection", (socket) => {
    registerCartEvents(nsp, socket, deps);
    const { tableToken } = socket.data;
    if (tableToken)
      void recheckOnArrival(socket, async () => !!(await findActiveTableByToken(deps.db, tableToken)));
  });
}

/**
 * An order token follows that order; a table (or counter) token follows its shop's menu, and a table's
 * token also joins the table's room (shared cart, tab). The counter has no room: strangers don't share.
 * A table's code also joins its credential room, so replacing the code or switching the table off ends it.
 */
async function admitDiner(
  db: Db,
  auth: { orderToken?: unknown; tableToken?: unknown },
): Promise<{ rooms: string[]; tableToken?: string } | undefined> {
  if (typeof auth.orderToken === "string") {
    const orderId = await findDinerOrderId(db, auth.orderToken);
    return orderId ? { rooms: [orderRoom(orderId)] } : undefined;
  }
  if (typeof auth.tableToken === "string" && isToken(auth.tableToken)) {
    const tableToken = auth.tableToken;
    const table = await findActiveTableByToken(db, tableToken);
    if (!table) return undefined;
    const rooms = [menuRoom(table.shopId), tableCodeRoom(tableToken)];
    return { rooms: table.kind === "table" ? [...rooms, tableRoom(table.id)] : rooms, tableToken };
  }
  return undefined;
}
