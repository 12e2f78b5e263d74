import { authRoutes, type PasswordChangeRequest } from "@tabletap/shared";
import { call } from "../../lib/api";

export const accountApi = {
  changePassword: (body: PasswordChangeRequest) => call(authRoutes.changePassword, { body }),
  lookupInvitation: (token: string) => call(authRoutes.lookUpInvitation, { body: { token } }),
  acceptInvitation: (token: string, password: string) =>
    call(authRoutes.acceptInvitation, { body: { token, password } }),
};

/** The same rule the server applies; checked here too so the form can say so before sending. */
export const MIN_PASSWORD = 10;
