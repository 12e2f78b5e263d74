import {
  invitationAcceptRequestSchema,
  invitationLookupRequestSchema,
  loginRequestSchema,
  passwordChangeRequestSchema,
  type Shop,
  type StaffRole,
  type StaffSession,
} from "@tabletap/shared";
import { type Request, type RequestHandler, Router } from "express";
import type { Db } from "../../db/database.js";
import { sendFailure } from "../../http/error-status.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import {
  currentStaff,
  type PasswordHasher,
  requireStaff,
  SESSION_COOKIE,
  type StaffIdentity,
} from "../auth/index.js";
import { findShop } from "../shops/index.js";
import { findPasswordHash, findSignInAccount, setPassword } from "./accounts.repository.js";
import { acceptInvitation, previewInvitation } from "./invitations.js";

export interface SignInRouteDeps {
  db: Db;
  clock: () => number;
  /** Every password hash and check of a request, bounded so a burst cannot starve the server (503). */
  passwords: PasswordHasher;
  /** Refuses a sign-in attempt beyond the allowed rate (429), counting failures only. */
  loginLimit: RequestHandler;
  /** Ends the session's live connections too, so a signed-out tablet stops receiving orders. */
  onLogout: (sessionId: string) => void;
  /** Ends every live connection of this person (password changed elsewhere, removed, role changed). */
  onStaffChanged: (staffId: string) => void;
  /** Whether this person may open the queue dashboard, so the console links it only for them. */
  canSeeQueues: (staff: { email: string; role: StaffRole }) => boolean;
}

/**
 * A staff member's own account, mounted at `/auth`: sign-in and out, the session, password change and
 * accepting an invitation. It lives with staff because it reads staff and shops; auth keeps only the guards.
 */
export function signInRoutes(deps: SignInRouteDeps): Router {
  const router = Router();

  router.post("/login", deps.loginLimit, async (req, res) => {
    const { email, password } = parseOr400(loginRequestSchema, req.body, "login");
    const staff = await findSignInAccount(deps.db, email);
    const ok = staff
      ? await deps.passwords.verify(staff.passwordHash, password)
      : await deps.passwords.verifyNobody(password);
    if (!staff || !ok) throw new HttpError(401, "unauthorized", "Wrong email or password");
    const shop = await findShop(deps.db, staff.shopId);
    if (!shop) throw new Error(`staff ${staff.id} has no shop`);
    await signIn(req, { ...staff, role: staff.role as StaffRole }, deps.clock());
    res.json(toStaffSession(req.session.staff as StaffIdentity, shop, deps));
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
    res.json(toStaffSession(staff, shop, deps));
  });

  // Every other session of this person ends; this one carries on under a new id.
  router.post("/password", requireStaff, deps.loginLimit, async (req, res) => {
    const { currentPassword, newPassword } = parseOr400(passwordChangeRequestSchema, req.body, "password");
    const staff = currentStaff(res.locals);
    const passwordHash = await findPasswordHash(deps.db, staff.id);
    if (!(await deps.passwords.verify(passwordHash, currentPassword))) {
      throw new HttpError(401, "unauthorized", "The current password is not right");
    }
    const now = deps.clock();
    await setPassword(deps.db, {
      staffId: staff.id,
      passwordHash: await deps.passwords.hash(newPassword),
      now,
    });
    deps.onStaffChanged(staff.id);
    await signIn(req, staff, now);
    res.status(204).end();
  });

  // Tokens travel in bodies, never in URLs, so they stay out of access logs and browser history.
  router.post("/invitations/lookup", deps.loginLimit, async (req, res) => {
    const { token } = parseOr400(invitationLookupRequestSchema, req.body, "invitation");
    const preview = await previewInvitation(deps.db, token, deps.clock());
    if (!preview.ok) return sendFailure(res, preview);
    res.json(preview.value);
  });

  router.post("/invitations/accept", deps.loginLimit, async (req, res) => {
    const { token, password } = parseOr400(invitationAcceptRequestSchema, req.body, "invitation");
    const now = deps.clock();
    const accepted = await acceptInvitation(deps.db, token, await deps.passwords.hash(password), now);
    if (!accepted.ok) return sendFailure(res, accepted);
    const staff = accepted.value;
    const shop = await findShop(deps.db, staff.shopId);
    if (!shop) throw new Error(`staff ${staff.id} has no shop`);
    await signIn(req, staff, now);
    res.status(201).json(toStaffSession(req.session.staff as StaffIdentity, shop, deps));
  });

  return router;
}

/** A fresh session id at every sign-in defeats session fixation. */
async function signIn(
  req: Request,
  staff: { id: string; shopId: string; email: string; role: StaffRole },
  now: number,
): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    req.session.regenerate((err) => (err ? reject(err) : resolve())),
  );
  req.session.staff = {
    id: staff.id,
    shopId: staff.shopId,
    email: staff.email,
    role: staff.role,
    signedInAt: now,
  };
}

const toStaffSession = (
  staff: StaffIdentity,
  shop: Shop,
  deps: Pick<SignInRouteDeps, "canSeeQueues">,
): StaffSession => ({
  staff: { id: staff.id, email: staff.email, role: staff.role },
  canSeeQueues: deps.canSeeQueues(staff),
  shop: {
    id: shop.id,
    slug: shop.slug,
    name: shop.name,
    currency: shop.currency,
    locale: shop.locale,
    timezone: shop.timezone,
  },
});
