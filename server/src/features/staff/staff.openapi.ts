import {
  invitationAcceptRequestSchema,
  invitationCreatedSchema,
  invitationLookupRequestSchema,
  invitationPreviewSchema,
  passwordChangeRequestSchema,
  staffInviteRequestSchema,
  staffRoleChangeSchema,
  staffSessionSchema,
  teamSchema,
} from "@tabletap/shared";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { error, idPath, json, noContent, ok, staffOnly } from "../../http/openapi-parts.js";

const ownerOnly = { ...staffOnly, description: "Owners only (403 for managers and staff)." };
const limited = error("Too many attempts from this address or for this account");
const busy = error("Too many passwords are being checked at once; try again after `Retry-After` seconds");

export const staffPaths: ZodOpenApiPathsObject = {
  "/api/auth/password": {
    post: {
      ...staffOnly,
      summary: "Change your password; every other session of yours ends",
      requestBody: json(passwordChangeRequestSchema),
      responses: {
        "204": noContent("Changed; this session continues under a new cookie"),
        "400": error("The new password is too short"),
        "401": error("The current password is not right"),
        "429": limited,
        "503": busy,
      },
    },
  },
  "/api/auth/invitations/lookup": {
    post: {
      tags: ["auth"],
      summary: "Who an invitation is for, before choosing a password",
      requestBody: json(invitationLookupRequestSchema),
      responses: { "200": ok("The invitation", invitationPreviewSchema), "410": error("Expired or used") },
    },
  },
  "/api/auth/invitations/accept": {
    post: {
      tags: ["auth"],
      summary: "Choose a password for an invitation and sign in",
      requestBody: json(invitationAcceptRequestSchema),
      responses: {
        "201": ok("Signed in", staffSessionSchema),
        "409": error("The email already has an account"),
        "410": error("Expired or used"),
        "429": limited,
        "503": busy,
      },
    },
  },
  "/api/merchant/staff": {
    get: {
      ...ownerOnly,
      summary: "The team and open invitations",
      responses: { "200": ok("Team", teamSchema) },
    },
  },
  "/api/merchant/staff/invitations": {
    post: {
      ...ownerOnly,
      summary: "Invite someone by email (the link is also returned to share by hand)",
      requestBody: json(staffInviteRequestSchema),
      responses: {
        "201": ok("Invited", invitationCreatedSchema),
        "409": error(
          "Someone on this team already signs in with this email (an account at another shop is invited like any email; accepting then answers 409)",
        ),
      },
    },
  },
  "/api/merchant/staff/invitations/{id}": {
    delete: {
      ...ownerOnly,
      summary: "Withdraw an open invitation",
      requestParams: { path: idPath },
      responses: { "204": noContent("Withdrawn"), "404": error("No such open invitation") },
    },
  },
  "/api/merchant/staff/{id}": {
    patch: {
      ...ownerOnly,
      summary: "Change someone's role; their open sessions follow at once",
      requestParams: { path: idPath },
      requestBody: json(staffRoleChangeSchema),
      responses: {
        "204": noContent("Changed"),
        "404": error("Not on this team"),
        "409": error("The shop would have no owner"),
      },
    },
    delete: {
      ...ownerOnly,
      summary: "Remove someone; their sessions and live board end at once",
      requestParams: { path: idPath },
      responses: {
        "204": noContent("Removed"),
        "404": error("Not on this team"),
        "409": error("The shop would have no owner"),
      },
    },
  },
};
