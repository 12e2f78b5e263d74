import { useEffect, useState } from "react";
import { useStaffSession } from "../auth/session";
import { CouponCard } from "./CouponCard";
import { CouponForm } from "./CouponForm";
import { shopNow } from "./couponStatus";
import "./coupons.css";
import { useCoupons } from "./useCoupons";

/** Managers' promotion codes: create, edit, pause; how often each was used. */
export function CouponsPage() {
  const { shop } = useStaffSession();
  const { state, reload, run } = useCoupons();
  const now = useShopClock(shop.timezone);

  return (
    <main className="coupons-page">
      <div className="page-head">
        <div>
          <h1>Coupons</h1>
          <p className="page-lead">
            Codes diners type in their cart. Each order is checked when it is placed, and a limited code is
            never used more often than you allow. Cancelled orders give their use back.
          </p>
        </div>
      </div>
      <section className="coupon-new" aria-labelledby="coupon-new-title">
        <h2 id="coupon-new-title" className="coupons-section">
          New coupon
        </h2>
        <CouponForm run={run} />
      </section>
      <h2 className="coupons-section">Your coupons</h2>
      {state.status === "loading" && <p className="page-message">Loading coupons…</p>}
      {state.status === "error" && (
        <div className="page-message" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      {state.status === "ready" && state.coupons.length === 0 && (
        <p className="page-message">No coupons yet. The first one you create appears here.</p>
      )}
      {state.status === "ready" && state.coupons.length > 0 && (
        <ul className="coupon-grid">
          {state.coupons.map((coupon) => (
            <CouponCard key={coupon.id} coupon={coupon} now={now} run={run} />
          ))}
        </ul>
      )}
    </main>
  );
}

/** The shop's wall clock, refreshed each minute so statuses turn from Scheduled to Active on their own. */
function useShopClock(timeZone: string): string {
  const [now, setNow] = useState(() => shopNow(timeZone));
  useEffect(() => {
    const timer = setInterval(() => setNow(shopNow(timeZone)), 30_000);
    return () => clearInterval(timer);
  }, [timeZone]);
  return now;
}
