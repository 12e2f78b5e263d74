// Who is asking: staff sessions and permission guards, password hashing, and the diner's order-token check.
// The lowest feature: every other one may import this face, and it imports none of them.
export { findDinerOrderId, requireOrderToken } from "./diner-access.js";
export { createLoginLimit } from "./login-limit.js";
export {
  createPasswordHasher,
  hashPassword,
  type PasswordHasher,
  type PasswordHashingLimits,
} from "./password.js";
export { requirePermission } from "./require-permission.js";
export { currentStaff, requireStaff } from "./require-staff.js";
export {
  createStaffSessions,
  type LiveSession,
  SESSION_COOKIE,
  type StaffIdentity,
  type StaffSessions,
} from "./session.js";
