import { describe, expect, it } from "vitest";
import { can, permissions } from "./permissions.js";
import { staffRoles } from "./schemas.js";

describe("permissions", () => {
  it("lets owners do everything managers can, and managers everything staff can", () => {
    for (const permission of Object.keys(permissions) as (keyof typeof permissions)[]) {
      if (can("staff", permission)) expect(can("manager", permission)).toBe(true);
      if (can("manager", permission)) expect(can("owner", permission)).toBe(true);
    }
  });

  it("keeps people and money with owners, and the menu away from floor staff", () => {
    expect(staffRoles.filter((role) => can(role, "staff.manage"))).toEqual(["owner"]);
    expect(staffRoles.filter((role) => can(role, "payments.settings"))).toEqual(["owner"]);
    expect(can("staff", "menu.edit")).toBe(false);
    expect(can("staff", "menu.soldOut")).toBe(true);
    expect(can("staff", "reports.read")).toBe(false);
  });

  it("keeps refunds with managers and owners", () => {
    expect(staffRoles.filter((role) => can(role, "payments.refund"))).toEqual(["owner", "manager"]);
  });
});
