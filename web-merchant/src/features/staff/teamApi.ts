import {
  type InvitationCreated,
  invitationCreatedSchema,
  type StaffInviteRequest,
  type StaffRole,
  type Team,
  teamSchema,
} from "@tabletap/shared";
import { type ApiResult, request, sendOnly } from "../../lib/api";

const staffPath = (id: string) => `/api/merchant/staff/${encodeURIComponent(id)}`;

/** The owner's calls for managing the team. */
export const teamApi = {
  team: (): Promise<ApiResult<Team>> => request("/api/merchant/staff", teamSchema),
  invite: (body: StaffInviteRequest): Promise<ApiResult<InvitationCreated>> =>
    request("/api/merchant/staff/invitations", invitationCreatedSchema, { method: "POST", body }),
  withdraw: (invitationId: string) =>
    sendOnly(`/api/merchant/staff/invitations/${encodeURIComponent(invitationId)}`, "DELETE"),
  changeRole: (staffId: string, role: StaffRole) => sendOnly(staffPath(staffId), "PATCH", { role }),
  remove: (staffId: string) => sendOnly(staffPath(staffId), "DELETE"),
};
