import type { StaffRole } from "./schemas.js";

/**
 * What each role may do, in one table that the server enforces and the console reads to hide what a
 * role cannot use. Staff run the floor; managers run the shop; owners also run people and money.
 */
export const permissions = {
  "board.use": ["owner", "manager", "staff"],
  "menu.soldOut": ["owner", "manager", "staff"],
  "menu.edit": ["owner", "manager"],
  "tables.seat": ["owner", "manager", "staff"],
  "tables.manage": ["owner", "manager"],
  "reports.read": ["owner", "manager"],
  "coupons.manage": ["owner", "manager"],
  "reports.settings": ["owner", "manager"],
  // Cancelling a paid order gives the money back, so floor staff ask a manager instead.
  "payments.refund": ["owner", "manager"],
  "staff.manage": ["owner"],
  "payments.settings": ["owner"],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof permissions;

export const can = (role: StaffRole, permission: Permission): boolean =>
  (permissions[permission] as readonly StaffRole[]).includes(role);
