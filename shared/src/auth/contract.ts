import { contract } from "../http/contract.js";
import { idParams } from "../http/params.js";
import * as authRoutes from "./routes.js";
import {
  invitationAcceptRequestSchema,
  invitationCreatedSchema,
  invitationLookupRequestSchema,
  invitationPreviewSchema,
  loginRequestSchema,
  passwordChangeRequestSchema,
  staffInviteRequestSchema,
  staffRoleChangeSchema,
  staffSessionSchema,
  teamSchema,
} from "./schemas.js";

export const authSchemas = {
  logIn: { body: loginRequestSchema, response: staffSessionSchema },
  logOut: {},
  getSession: { response: staffSessionSchema },
  changePassword: { body: passwordChangeRequestSchema },
  lookUpInvitation: { body: invitationLookupRequestSchema, response: invitationPreviewSchema },
  acceptInvitation: { body: invitationAcceptRequestSchema, response: staffSessionSchema },
  listTeam: { response: teamSchema },
  inviteStaff: { body: staffInviteRequestSchema, response: invitationCreatedSchema },
  withdrawInvitation: { params: idParams },
  changeStaffRole: { params: idParams, body: staffRoleChangeSchema },
  removeStaff: { params: idParams },
};

export const authContract = /* @__PURE__ */ contract(authRoutes, authSchemas);
