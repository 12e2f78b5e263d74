import { loginRequestSchema, type Shop, type StaffRole, type StaffSession } from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import { findShop } from "../shops/shops.repository.js";
import { timingDummyHash, verifyPassword } from "./password.js";
import { SESSION_COOKIE, type StaffIdentity } from "./session.js";

/** onLogout ends the session's live connections too, so a signed-out tablet stops receiving orders. */
export function authRoutes(deps: { db: Db; onLogout: (sessionId: string) => void }): Router {
  const router = Router();

  router.post("/login", async (req, res) => {
    const { email, password } = parseOr400(loginRequestSchema, req.body, "login");
    const staff = await deps.db
      .selectFrom("staff")
      .selectAll()
      .where("email", "=", email.toLowerCase())
      .executeTakeFirst();
    const ok = await verifyPassword(staff?.passwordHash ?? (await timingDummyHash()), password);
    if (!staff || !ok) throw new HttpError(401, "unauthorized", "Wrong email or password");
    const shop = await findShop(deps.db, staff.shopId);
    if (!shop) throw new Error(`staff ${staff.id} has no shop`);
    // A fresh session id at login defeats session fixation.
    await new Promise<void>((resolve, reject) =>
      req.session.regenerate((err) => (err ? reject(err) : resolve())),
    );
    req.session.staff = { id: staff.id, shopId: shop.id, email: staff.email, role: staff.role as StaffRole };
    res.json(toStaffSession(req.session.staff, shop));
  });

  router.post("/logout", async (req, res) => {
    const sessionId = req.sessionID;
    await new Promise<void>((resolve, reject) =>
      req.session.destroy((err) => (err ? reject(err) : resolve())),
    );
    deps.onLogout(sessionId);
    res.clearCookie(SESSION_COOKIE);
    res.status(204).end();
  });

  router.get("/session", async (req, res) => {
    const staff = req.session.staff;
    const shop = staff && (await findShop(deps.db, staff.shopId));
    if (!staff || !shop) throw new HttpError(401, "unauthorized", "Not signed in");
    res.json(toStaffSession(staff, shop));
  });

  return router;
}

const toStaffSession = (staff: StaffIdentity, shop: Shop): StaffSession => ({
  staff: { id: staff.id, email: staff.email, role: staff.role },
  shop: {
    id: shop.id,
    slug: shop.slug,
    name: shop.name,
    currency: shop.currency,
    locale: shop.locale,
    timezone: shop.timezone,
  },
});
