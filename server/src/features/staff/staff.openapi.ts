import { authContract } from "@tabletap/shared";
import { documented, error, limited, paths, requires, staffOnly } from "../../http/openapi-parts.js";

const ownerOnly = requires("staff.manage");
const attempts = limited("Too many failed attempts from this address or for this account in 15 minutes");
const busy = error(
  "Too many passwords are being checked at once (`server_busy`); try again after `Retry-After` seconds",
);
const gone = error("Expired, withdrawn or used (`invitation_invalid`)");
const notOnTeam = error("Not on this team (`not_found`)");
const lastOwner = error("The shop would have no owner (`last_owner`)");

export const staffPaths = paths(
  documented(authContract.changePassword, {
    ...staffOnly,
    summary: "Change your password; every other session of yours ends",
    success: "Changed; this session continues under a new cookie",
    responses: {
      "400": error("The new password is too short"),
      "401": error("The current password is not right"),
      ...attempts,
      "503": busy,
    },
  }),
  documented(authContract.lookUpInvitation, {
    tags: ["auth"],
    summary: "Who an invitation is for, before choosing a password",
    success: "The invitation",
    responses: { "410": gone, ...attempts },
  }),
  documented(authContract.acceptInvitation, {
    tags: ["auth"],
    summary: "Choose a password for an invitation and sign in",
    success: "Signed in",
    responses: {
      "409": error("The email already has an account (`email_taken`)"),
      "410": gone,
      ...attempts,
      "503": busy,
    },
  }),
  documented(authContract.listTeam, {
    ...ownerOnly,
    summary: "The team and open invitations",
    success: "Team",
  }),
  documented(authContract.inviteStaff, {
    ...ownerOnly,
    summary: "Invite someone by email (the link is also returned to share by hand)",
    success: "Invited",
    responses: {
      "409": error(
        "Someone on this team already signs in with this email (`email_taken`; an account at another shop is invited like any email; accepting then answers 409)",
      ),
    },
  }),
  documented(authContract.withdrawInvitation, {
    ...ownerOnly,
    summary: "Withdraw an open invitation",
    success: "Withdrawn",
    responses: { "404": error("No such open invitation (`not_found`)") },
  }),
  documented(authContract.changeStaffRole, {
    ...ownerOnly,
    summary: "Change someone's role; their open sessions follow at once",
    success: "Changed",
    responses: { "404": notOnTeam, "409": lastOwner },
  }),
  documented(authContract.removeStaff, {
    ...ownerOnly,
    summary: "Remove someone; their sessions and live board end at once",
    success: "Removed",
    responses: { "404": notOnTeam, "409": lastOwner },
  }),
);
