import type { StaffRole } from "@tabletap/shared";
import { RedisStore } from "connect-redis";
import type { Request, RequestHandler } from "express";
import session from "express-session";
import type { createClient } from "redis";

export interface StaffIdentity {
  id: string;
  shopId: string;
  email: string;
  role: StaffRole;
  /** Epoch ms of sign-in: sessions older than SESSION_MAX_AGE or than a password change end. */
  signedInAt: number;
}

declare module "express-session" {
  interface SessionData {
    staff: StaffIdentity;
  }
}

export const SESSION_COOKIE = "tt.sid";

/** The person's row as each request checks it; staff owns it and the app passes its lookup in. */
export interface StaffStanding {
  role: string;
  shopId: string;
  passwordChangedAt: number;
  removedAt: number | null;
}

export interface SessionOptions {
  client: ReturnType<typeof createClient>;
  findStaff: (staffId: string) => Promise<StaffStanding | undefined>;
  clock: () => number;
  secret: string;
  secureCookie: boolean;
  prefix: string;
  /** Ends a session after this long without a request (the cookie and the stored session roll). */
  idleMs: number;
  /** Ends a session this long after sign-in, however busy. */
  maxAgeMs: number;
}

/** A stored session that is still live: who it admits and when it ends unless a request renews it. */
export interface LiveSession {
  staff: StaffIdentity;
  endsAt: number;
}

export interface StaffSessions {
  middleware: RequestHandler;
  /** The stored session, if it has not ended: idle, past SESSION_MAX_AGE, logged out, or its person changed. */
  find(sessionId: string): Promise<LiveSession | undefined>;
  /** The latest a session that just admitted a request can end: a full idle period from now, or its max age. */
  endsAt(staff: StaffIdentity): number;
}

type StoredSession = { staff?: StaffIdentity };

/**
 * Staff sessions live in Redis so every API node sees them and logout ends them on the server. The
 * cookie is HttpOnly and SameSite=Lax; Secure whenever the public URL is https. Each request re-reads the
 * staff row, so a removed person, a changed role or a changed password takes effect at once.
 */
export function createStaffSessions(options: SessionOptions): StaffSessions {
  const store = new RedisStore({ client: options.client, prefix: `${options.prefix}:sess:` });
  const load = session({
    name: SESSION_COOKIE,
    store,
    secret: options.secret,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    // Behind a TLS-terminating proxy the Secure cookie must still be issued, whatever TRUST_PROXY says.
    proxy: true,
    cookie: { httpOnly: true, sameSite: "lax", secure: options.secureCookie, maxAge: options.idleMs },
  });
  const middleware: RequestHandler = (req, res, next) =>
    load(req, res, (error?: unknown) => {
      if (error) return next(error);
      verifyStaff(req, options).then(() => next(), next);
    });
  const find = async (sessionId: string): Promise<LiveSession | undefined> => {
    const [stored, idleLeftMs] = await Promise.all([
      store.get(sessionId) as Promise<StoredSession | null | undefined>,
      options.client.pTTL(`${options.prefix}:sess:${sessionId}`),
    ]);
    const staff = stored?.staff;
    // -2: the key is gone (idle or logged out); -1, a key without expiry, is never written by the store.
    if (!staff || idleLeftMs === -2 || !(await currentRole(staff, options))) return undefined;
    const idleEnd = idleLeftMs >= 0 ? options.clock() + idleLeftMs : Number.POSITIVE_INFINITY;
    return { staff, endsAt: Math.min(idleEnd, maxAgeEnd(staff, options)) };
  };
  const endsAt = (staff: StaffIdentity) =>
    Math.min(options.clock() + options.idleMs, maxAgeEnd(staff, options));
  return { middleware, find, endsAt };
}

const maxAgeEnd = (staff: StaffIdentity, options: SessionOptions) => staff.signedInAt + options.maxAgeMs;

/**
 * The person's role now, or undefined when the session no longer admits them. Idleness is the store's
 * part: each request renews the stored session's TTL without rewriting it (the stored cookie's `expires`
 * stays at sign-in + SESSION_IDLE_TIMEOUT however busy the session is), and an idle session is gone.
 */
async function currentRole(staff: StaffIdentity, options: SessionOptions): Promise<StaffRole | undefined> {
  if (typeof staff.signedInAt !== "number") return undefined;
  if (options.clock() >= maxAgeEnd(staff, options)) return undefined;
  const row = await options.findStaff(staff.id);
  const valid =
    row !== undefined &&
    row.removedAt === null &&
    row.shopId === staff.shopId &&
    row.passwordChangedAt <= staff.signedInAt;
  return valid ? (row.role as StaffRole) : undefined;
}

async function verifyStaff(req: Request, options: SessionOptions): Promise<void> {
  const staff = req.session?.staff;
  if (!staff) return;
  const role = await currentRole(staff, options);
  if (!role) {
    // A fresh, empty session: the old one is gone from the store, and this request is anonymous.
    await new Promise<void>((resolve, reject) =>
      req.session.regenerate((err) => (err ? reject(err) : resolve())),
    );
    return;
  }
  if (role !== staff.role) req.session.staff = { ...staff, role };
}
