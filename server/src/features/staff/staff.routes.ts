import {
  type StaffInvitation,
  type StaffMember,
  type StaffRole,
  staffInviteRequestSchema,
  staffRoleChangeSchema,
} from "@tabletap/shared";
import { Router } from "express";
import type { Db } from "../../db/database.js";
import { sendFailure } from "../../http/error-status.js";
import { HttpError, parseOr400 } from "../../http/errors.js";
import { uuidParam } from "../../http/ids.js";
import type { MessageTransport } from "../../lib/transports.js";
import { currentStaff, requirePermission } from "../auth/index.js";
import { createInvitation } from "./invitations.js";
import { revokeInvitation } from "./invitations.repository.js";
import { changeRole, isOnTeam, listTeam, removeStaff } from "./staff.repository.js";

export interface StaffRouteDeps {
  db: Db;
  clock: () => number;
  publicUrl: string;
  email: MessageTransport;
  onStaffChanged: (staffId: string) => void;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The owner's team page: who works here, open invitations, roles, removal. */
export function staffRoutes(deps: StaffRouteDeps): Router {
  const router = Router();
  router.use("/staff", requirePermission("staff.manage"));

  router.get("/staff", async (_req, res) => {
    const { shopId } = currentStaff(res.locals);
    const team = await listTeam(deps.db, shopId, deps.clock());
    const staff: StaffMember[] = team.staff.map((s) => ({
      id: s.id,
      email: s.email,
      role: s.role as StaffRole,
      createdAt: iso(s.createdAt),
    }));
    const invitations: StaffInvitation[] = team.invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role as StaffRole,
      createdAt: iso(i.createdAt),
      expiresAt: iso(i.expiresAt),
    }));
    res.json({ staff, invitations });
  });

  router.post("/staff/invitations", async (req, res) => {
    const owner = currentStaff(res.locals);
    const { email, role } = parseOr400(staffInviteRequestSchema, req.body, "invitation");
    // Only this shop's own team is checked: saying "taken" for another shop's account would let any owner
    // find out who works elsewhere. That invitation goes out like any other, and its invitee, who owns the
    // address, learns of the conflict on accepting it (409).
    if (await isOnTeam(deps.db, owner.shopId, email))
      throw new HttpError(409, "email_taken", "Someone on this team already signs in with this email");
    const now = deps.clock();
    const invitation = await createInvitation(deps.db, {
      shopId: owner.shopId,
      email,
      role,
      invitedBy: owner.id,
      now,
    });
    // The token rides in the fragment, which browsers never send to a server.
    const inviteUrl = `${deps.publicUrl}/merchant/invite#${invitation.token}`;
    await deps.email.send({
      to: email,
      subject: "You are invited to the merchant console",
      text: `${owner.email} invited you as ${role}. Choose your password here within 7 days: ${inviteUrl}`,
    });
    const body: { invitation: StaffInvitation; inviteUrl: string } = {
      invitation: {
        id: invitation.id,
        email: email.toLowerCase(),
        role,
        createdAt: iso(now),
        expiresAt: iso(invitation.expiresAt),
      },
      inviteUrl,
    };
    res.status(201).json(body);
  });

  router.delete("/staff/invitations/:id", async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const id = uuidParam(req.params.id, "No such invitation");
    const revoked = await revokeInvitation(deps.db, { shopId, invitationId: id, now: deps.clock() });
    if (!revoked) throw new HttpError(404, "not_found", "No such invitation");
    res.status(204).end();
  });

  router.patch("/staff/:id", async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const id = uuidParam(req.params.id, "No such person on this team");
    const { role } = parseOr400(staffRoleChangeSchema, req.body, "role");
    const changed = await changeRole(deps.db, { shopId, staffId: id, role });
    if (!changed.ok) return sendFailure(res, changed);
    deps.onStaffChanged(id);
    res.status(204).end();
  });

  router.delete("/staff/:id", async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    const id = uuidParam(req.params.id, "No such person on this team");
    const removed = await removeStaff(deps.db, { shopId, staffId: id, now: deps.clock() });
    if (!removed.ok) return sendFailure(res, removed);
    deps.onStaffChanged(id);
    res.status(204).end();
  });

  return router;
}
