import { type Coupon, formatMoney } from "@tabletap/shared";
import { useState } from "react";
import type { ApiResult } from "../../lib/api";
import { useStaffSession } from "../auth/session";
import { CouponForm } from "./CouponForm";
import { couponStatus, statusLabels } from "./couponStatus";
import { couponsApi } from "./couponsApi";

interface CouponCardProps {
  coupon: Coupon;
  now: string;
  run: (call: Promise<ApiResult<Coupon>>) => Promise<string | null>;
}

/** "2026-12-24T18:00" → "24 Dec 2026, 18:00", read as the shop's wall time (no zone conversion). */
function wallTime(wall: string, locale: string): string {
  const at = new Date(`${wall}:00Z`);
  return new Intl.DateTimeFormat(locale, { timeZone: "UTC", dateStyle: "medium", timeStyle: "short" }).format(
    at,
  );
}

export function CouponCard({ coupon, now, run }: CouponCardProps) {
  const { shop } = useStaffSession();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const money = (minor: number) => formatMoney(minor, shop.currency, shop.locale);
  const status = couponStatus(coupon, now);

  const togglePause = async () => {
    setBusy(true);
    setError(await run(couponsApi.update(coupon.id, { paused: !coupon.paused })));
    setBusy(false);
  };

  const off = coupon.kind === "percent" ? `${coupon.value}% off` : `${money(coupon.value)} off`;
  const from = coupon.startsAt ? wallTime(coupon.startsAt, shop.locale) : null;
  const until = coupon.endsAt ? wallTime(coupon.endsAt, shop.locale) : null;
  const window =
    from && until ? `${from} – ${until}` : from ? `From ${from}` : until ? `Until ${until}` : "Always valid";
  const uses =
    coupon.usageLimit === null ? `${coupon.used} used` : `${coupon.used} of ${coupon.usageLimit} used`;

  return (
    <li className={`coupon-card coupon-card--${status}`} data-testid="coupon-card" data-code={coupon.code}>
      <div className="coupon-card__head">
        <span className="coupon-card__code">{coupon.code}</span>
        <span className={`tag coupon-status coupon-status--${status}`} data-testid="coupon-status">
          {statusLabels[status]}
        </span>
      </div>
      <p className="coupon-card__off">{off}</p>
      <dl className="coupon-card__rules">
        <div>
          <dt>Minimum spend</dt>
          <dd>{coupon.minSpend > 0 ? money(coupon.minSpend) : "None"}</dd>
        </div>
        <div>
          <dt>Valid</dt>
          <dd>{window}</dd>
        </div>
        <div>
          <dt>Uses</dt>
          <dd>
            {uses}
            {coupon.perDeviceLimit !== null && ` · ${coupon.perDeviceLimit} per phone`}
          </dd>
        </div>
      </dl>
      {coupon.usageLimit !== null && (
        <div className="coupon-card__meter" aria-hidden="true">
          <span style={{ width: `${Math.min(100, (coupon.used / coupon.usageLimit) * 100)}%` }} />
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {editing ? (
        <CouponForm coupon={coupon} run={run} onDone={() => setEditing(false)} />
      ) : (
        <div className="coupon-card__actions">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void togglePause()}>
            {coupon.paused ? "Resume" : "Pause"}
          </button>
        </div>
      )}
    </li>
  );
}
