import { authRoutes, type StaffInviteRequest, type StaffRole } from "@tabletap/shared";
import { call } from "../../lib/api";

/** The owner's calls for managing the team. */
export const teamApi = {
  team: () => call(authRoutes.listTeam, {}),
  invite: (body: StaffInviteRequest) => call(authRoutes.inviteStaff, { body }),
  withdraw: (id: string) => call(authRoutes.withdrawInvitation, { params: { id } }),
  changeRole: (id: string, role: StaffRole) =>
    call(authRoutes.changeStaffRole, { params: { id }, body: { role } }),
  remove: (id: string) => call(authRoutes.removeStaff, { params: { id } }),
};
