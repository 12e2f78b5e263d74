import type { StaffRole } from "@tabletap/shared";
import { RedisStore } from "connect-redis";
import type { RequestHandler } from "express";
import session from "express-session";
import type { createClient } from "redis";

export interface StaffIdentity {
  id: string;
  shopId: string;
  email: string;
  role: StaffRole;
}

declare module "express-session" {
  interface SessionData {
    staff: StaffIdentity;
  }
}

export const SESSION_COOKIE = "tt.sid";

/**
 * Staff sessions live in Redis so every API node sees them and logout ends them on the server.
 * The cookie is HttpOnly and SameSite=Lax; Secure whenever the public URL is https.
 */
export function createSessionMiddleware(options: {
  client: ReturnType<typeof createClient>;
  secret: string;
  secureCookie: boolean;
  prefix: string;
}): RequestHandler {
  return session({
    name: SESSION_COOKIE,
    store: new RedisStore({ client: options.client, prefix: `${options.prefix}:sess:` }),
    secret: options.secret,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: true,
    cookie: { httpOnly: true, sameSite: "lax", secure: options.secureCookie, maxAge: 12 * 3600 * 1000 },
  });
}
