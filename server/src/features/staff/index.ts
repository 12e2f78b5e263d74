// The team and each member's own account: staff routes, invitations, sign-in, password change.
// Imports auth and shops.
export { addStaffMember, findStaffStanding } from "./accounts.repository.js";
export { ownerEmails } from "./owner-emails.repository.js";
export { signInPaths } from "./sign-in.openapi.js";
export { signInRoutes } from "./sign-in.routes.js";
export { staffPaths } from "./staff.openapi.js";
export { staffRoutes } from "./staff.routes.js";
