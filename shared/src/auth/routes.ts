import type { Route, TypesOf } from "../http/route.js";
import type { authSchemas } from "./contract.js";

// Staff: signing in and out, passwords, invitations and the owner's team.
// Each route is its own export, so a page bundles only the routes it calls.
type R<Id extends keyof typeof authSchemas, Body = TypesOf<(typeof authSchemas)[Id]>["body"]> = Route<
  Id,
  TypesOf<(typeof authSchemas)[Id], Body>
>;

export const logIn: R<"logIn"> = {
  operationId: "logIn",
  method: "POST",
  path: "/api/auth/login",
  status: 200,
};
export const logOut: R<"logOut"> = {
  operationId: "logOut",
  method: "POST",
  path: "/api/auth/logout",
  status: 204,
};
export const getSession: R<"getSession"> = {
  operationId: "getSession",
  method: "GET",
  path: "/api/auth/session",
  status: 200,
};
export const changePassword: R<"changePassword"> = {
  operationId: "changePassword",
  method: "POST",
  path: "/api/auth/password",
  status: 204,
};
export const lookUpInvitation: R<"lookUpInvitation"> = {
  operationId: "lookUpInvitation",
  method: "POST",
  path: "/api/auth/invitations/lookup",
  status: 200,
};
export const acceptInvitation: R<"acceptInvitation"> = {
  operationId: "acceptInvitation",
  method: "POST",
  path: "/api/auth/invitations/accept",
  status: 201,
};
export const listTeam: R<"listTeam"> = {
  operationId: "listTeam",
  method: "GET",
  path: "/api/merchant/staff",
  status: 200,
};
export const inviteStaff: R<"inviteStaff"> = {
  operationId: "inviteStaff",
  method: "POST",
  path: "/api/merchant/staff/invitations",
  status: 201,
};
export const withdrawInvitation: R<"withdrawInvitation"> = {
  operationId: "withdrawInvitation",
  method: "DELETE",
  path: "/api/merchant/staff/invitations/{id}",
  status: 204,
};
export const changeStaffRole: R<"changeStaffRole"> = {
  operationId: "changeStaffRole",
  method: "PATCH",
  path: "/api/merchant/staff/{id}",
  status: 204,
};
export const removeStaff: R<"removeStaff"> = {
  operationId: "removeStaff",
  method: "DELETE",
  path: "/api/merchant/staff/{id}",
  status: 204,
};
