import { can } from "@tabletap/shared";
import { Link } from "wouter";
import { useStaffSession } from "../auth/session";

/** "Menu" in the top bar, for the roles that may edit it. */
export function MenuNavLink() {
  const { staff } = useStaffSession();
  if (!can(staff.role, "menu.edit")) return null;
  return (
    <Link href="/menu" className={(active) => (active ? "nav-link is-active" : "nav-link")}>
      Menu
    </Link>
  );
}
