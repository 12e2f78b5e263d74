import type { StaffRole } from "@tabletap/shared";

/** How each role is named and explained to the owner choosing it (matches shared/src/auth/permissions.ts). */
export const roleLabels: Record<StaffRole, { name: string; can: string }> = {
  staff: { name: "Staff", can: "Board and sold-out items" },
  manager: { name: "Manager", can: "Also menu, tables, reports and refunds" },
  owner: { name: "Owner", can: "Also the team and payment settings" },
};

export const roleOrder: StaffRole[] = ["staff", "manager", "owner"];
