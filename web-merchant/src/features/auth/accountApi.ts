import {
  type InvitationPreview,
  invitationPreviewSchema,
  type PasswordChangeRequest,
  type StaffSession,
  staffSessionSchema,
} from "@tabletap/shared";
import { type ApiResult, request, sendOnly } from "../../lib/api";

export const accountApi = {
  changePassword: (body: PasswordChangeRequest) => sendOnly("/api/auth/password", "POST", body),
  lookupInvitation: (token: string): Promise<ApiResult<InvitationPreview>> =>
    request("/api/auth/invitations/lookup", invitationPreviewSchema, { method: "POST", body: { token } }),
  acceptInvitation: (token: string, password: string): Promise<ApiResult<StaffSession>> =>
    request("/api/auth/invitations/accept", staffSessionSchema, {
      method: "POST",
      body: { token, password },
    }),
};

/** The same rule the server applies; checked here too so the form can say so before sending. */
export const MIN_PASSWORD = 10;
