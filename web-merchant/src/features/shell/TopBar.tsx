import { can } from "@tabletap/shared";
import { Link } from "wouter";
import { useSession, useStaffSession } from "../auth/session";
import { useOrderFeed } from "../board/OrderFeedProvider";
import { MenuTopBarItems } from "../menu/MenuTopBarItems";
import { ConnectionIndicator } from "./ConnectionIndicator";
import { SoundButton } from "./SoundButton";

const navClass = (active: boolean) => (active ? "nav-link is-active" : "nav-link");

export function TopBar({ newCount }: { newCount: number }) {
  const { staff, shop, canSeeQueues } = useStaffSession();
  const { signOut } = useSession();
  const { status } = useOrderFeed();
  return (
    <header className="topbar">
      <div className="topbar-brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="shop-name">{shop.name}</span>
      </div>
      <nav className="topbar-nav" aria-label="Main">
        <Link href="/" className={navClass}>
          Board
          {newCount > 0 && (
            <span className="nav-badge" title={`${newCount} new`}>
              {newCount}
            </span>
          )}
        </Link>
        <Link href="/tables" className={navClass}>
          Tables
        </Link>
        {can(staff.role, "staff.manage") && (
          <Link href="/team" className={navClass}>
            Team
          </Link>
        )}
        <MenuTopBarItems />
        {can(staff.role, "reports.read") && (
          <Link href="/reports" className={navClass}>
            Sales
          </Link>
        )}
        {can(staff.role, "reports.read") && (
          <Link href="/ratings" className={navClass}>
            Ratings
          </Link>
        )}
        {can(staff.role, "coupons.manage") && (
          <Link href="/coupons" className={navClass}>
            Coupons
          </Link>
        )}
        {can(staff.role, "payments.settings") && (
          <Link href="/settings" className={navClass}>
            Settings
          </Link>
        )}
        {canSeeQueues && (
          // The dashboard is its own page on the server, not a screen of this app.
          <a href="/merchant/queues" className="nav-link">
            Queues
          </a>
        )}
      </nav>
      <div className="topbar-status">
        <ConnectionIndicator status={status} />
        <SoundButton />
      </div>
      <div className="topbar-user">
        <Link href="/account" className="staff-email" title={`Signed in as ${staff.role} · your account`}>
          {staff.email}
        </Link>
        <button type="button" className="button button-quiet" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    </header>
  );
}
