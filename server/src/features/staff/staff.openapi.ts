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
import {
  error,
  idPath,
  json,
  limited,
  noContent,
  ok,
  requires,
  staffOnly,
} from "../../http/openapi-parts.js";

const ownerOnly = requires("staff.manage");
const attempts = limited("Too many failed attempts from this address or for this account in 15 minutes");
const busy = error(
  "Too many passwords are being checked at once (`server_busy`); try again after `Retry-After` seconds",
);
const gone = error("Expired, withdrawn or used (`invitation_invalid`)");

export const staffPaths: ZodOpenApiPathsObject = {
  "/api/auth/password": {
    post: {
      ...staffOnly,
      operationId: "changePassword",
      summary: "Change your password; every other session of yours ends",
      requestBody: json(passwordChangeRequestSchema),
      responses: {
        "204": noContent("Changed; this session continues under a new cookie"),
        "400": error("The new password is too short"),
        "401": error("The current password is not right"),
        ...attempts,
        "503": busy,
      },
    },
  },
  "/api/auth/invitations/lookup": {
    post: {
      operationId: "lookUpInvitation",
      tags: ["auth"],
      summary: "Who an invitation is for, before choosing a password",
      requestBody: json(invitationLookupRequestSchema),
      responses: { "200": ok("The invitation", invitationPreviewSchema), "410": gone, ...attempts },
    },
  },
  "/api/auth/invitations/accept": {
    post: {
      operationId: "acceptInvitation",
      tags: ["auth"],
      summary: "Choose a password for an invitation and sign in",
      requestBody: json(invitationAcceptRequestSchema),
      responses: {
        "201": ok("Signed in", staffSessionSchema),
        "409": error("The email already has an account (`email_taken`)"),
        "410": gone,
        ...attempts,
        "503": busy,
      },
    },
  },
  "/api/merchant/staff": {
    get: {
      ...ownerOnly,
      operationId: "listTeam",
      summary: "The team and open invitations",
      responses: { "200": ok("Team", teamSchema) },
    },
  },
  "/api/merchant/staff/invitations": {
    post: {
      ...ownerOnly,
      operationId: "inviteStaff",
      summary: "Invite someone by email (the link is also returned to share by hand)",
      requestBody: json(staffInviteRequestSchema),
      responses: {
        "201": ok("Invited", invitationCreatedSchema),
        "409": error(
          "Someone on this team already signs in with this email (`email_taken`; an account at another shop is invited like any email; accepting then answers 409)",
        ),
      },
    },
  },
  "/api/merchant/staff/invitations/{id}": {
    delete: {
      ...ownerOnly,
      operationId: "withdrawInvitation",
      summary: "Withdraw an open invitation",
      requestParams: { path: idPath },
      responses: { "204": noContent("Withdrawn"), "404": error("No such open invitation (`not_found`)") },
    },
  },
  "/api/merchant/staff/{id}": {
    patch: {
      ...ownerOnly,
      operationId: "changeStaffRole",
      summary: "Change someone's role; their open sessions follow at once",
      requestParams: { path: idPath },
      requestBody: json(staffRoleChangeSchema),
      responses: {
        "204": noContent("Changed"),
        "404": error("Not on this team (`not_found`)"),
        "409": error("The shop would have no owner (`last_owner`)"),
      },
    },
    delete: {
      ...ownerOnly,
      operationId: "removeStaff",
      summary: "Remove someone; their sessions and live board end at once",
      requestParams: { path: idPath },
      responses: {
        "204": noContent("Removed"),
        "404": error("Not on this team (`not_found`)"),
        "409": error("The shop would have no owner (`last_owner`)"),
      },
    },
  },
};
