import {
  type Coupon,
  type CouponKind,
  guessableCouponWarning,
  parseMoney,
  toMoneyInput,
} from "@tabletap/shared";
import { type FormEvent, useState } from "react";
import type { ApiResult } from "../../lib/api";
import { useStaffSession } from "../auth/session";
import { couponsApi } from "./couponsApi";

interface CouponFormProps {
  /** Editing this coupon (its code and kind stay); creating a new one when absent. */
  coupon?: Coupon;
  run: (call: Promise<ApiResult<Coupon>>) => Promise<string | null>;
  onDone?: () => void;
}

const wholeNumber = (typed: string): number | null => (/^\s*\d{1,7}\s*$/.test(typed) ? Number(typed) : null);

/** Create or edit a code: the rules a diner's cart is checked against, window in the shop's own time. */
export function CouponForm({ coupon, run, onDone }: CouponFormProps) {
  const { shop } = useStaffSession();
  const [code, setCode] = useState(coupon?.code ?? "");
  const [kind, setKind] = useState<CouponKind>(coupon?.kind ?? "percent");
  const [value, setValue] = useState(
    coupon
      ? coupon.kind === "percent"
        ? String(coupon.value)
        : toMoneyInput(coupon.value, shop.currency)
      : "",
  );
  const [minSpend, setMinSpend] = useState(
    coupon?.minSpend ? toMoneyInput(coupon.minSpend, shop.currency) : "",
  );
  const [startsAt, setStartsAt] = useState(coupon?.startsAt ?? "");
  const [endsAt, setEndsAt] = useState(coupon?.endsAt ?? "");
  const [usageLimit, setUsageLimit] = useState(coupon?.usageLimit ? String(coupon.usageLimit) : "");
  const [perDevice, setPerDevice] = useState(coupon?.perDeviceLimit ? String(coupon.perDeviceLimit) : "");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const parse = () => {
    const amount = kind === "percent" ? wholeNumber(value) : parseMoney(value, shop.currency);
    if (amount === null || amount <= 0)
      return kind === "percent" ? "Enter a percentage from 1 to 100." : "Enter the amount off.";
    if (kind === "percent" && amount > 100) return "A percentage is at most 100.";
    const minimum = minSpend.trim() === "" ? 0 : parseMoney(minSpend, shop.currency);
    if (minimum === null) return "Enter the minimum spend as an amount, or leave it empty.";
    const total = usageLimit.trim() === "" ? null : wholeNumber(usageLimit);
    const device = perDevice.trim() === "" ? null : wholeNumber(perDevice);
    if (
      total === 0 ||
      device === 0 ||
      (usageLimit.trim() !== "" && total === null) ||
      (perDevice.trim() !== "" && device === null)
    ) {
      return "Limits are whole numbers of 1 or more, or empty for no limit.";
    }
    if (startsAt && endsAt && endsAt <= startsAt) return "The end must be after the start.";
    return {
      value: amount,
      minSpend: minimum,
      startsAt: startsAt || null,
      endsAt: endsAt || null,
      usageLimit: total,
      perDeviceLimit: device,
    };
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const rules = parse();
    if (typeof rules === "string") return setError(rules);
    setBusy(true);
    const refusal = await run(
      coupon ? couponsApi.update(coupon.id, rules) : couponsApi.create({ code: code.trim(), kind, ...rules }),
    );
    setBusy(false);
    setError(refusal);
    if (refusal !== null) return;
    if (!coupon) {
      setCode("");
      setValue("");
      setMinSpend("");
      setStartsAt("");
      setEndsAt("");
      setUsageLimit("");
      setPerDevice("");
    }
    onDone?.();
  };

  const money = shop.currency;
  const amount = kind === "percent" ? wholeNumber(value) : parseMoney(value, shop.currency);
  const guessable =
    amount === null
      ? null
      : guessableCouponWarning({
          code: coupon?.code ?? code.trim(),
          kind,
          value: amount,
          minSpend: parseMoney(minSpend, shop.currency) ?? 0,
        });
  return (
    <form
      className="coupon-form"
      onSubmit={(event) => void submit(event)}
      aria-label={coupon ? `Edit ${coupon.code}` : "New coupon"}
    >
      {!coupon && (
        <div className="coupon-form__row">
          <label className="field coupon-form__code">
            Code
            <input
              value={code}
              required
              minLength={3}
              maxLength={32}
              pattern="[A-Za-z0-9_\-]+"
              placeholder="e.g. WELCOME10"
              autoCapitalize="characters"
              data-testid="coupon-code"
              onChange={(event) => setCode(event.target.value.toUpperCase())}
            />
          </label>
          <fieldset className="coupon-kind">
            <legend>Discount</legend>
            {(["percent", "fixed"] as const).map((option) => (
              <label key={option} className="coupon-kind__option">
                <input
                  type="radio"
                  name="coupon-kind"
                  checked={kind === option}
                  onChange={() => setKind(option)}
                />
                {option === "percent" ? "Percent off" : `Amount off (${money})`}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      <div className="coupon-form__grid">
        <label className="field">
          {kind === "percent" ? "Percent off" : `Amount off (${money})`}
          <input
            value={value}
            required
            inputMode={kind === "percent" ? "numeric" : "decimal"}
            placeholder={kind === "percent" ? "10" : "5.00"}
            data-testid="coupon-value"
            onChange={(event) => setValue(event.target.value)}
          />
        </label>
        <label className="field">
          Minimum spend ({money})
          <input
            value={minSpend}
            inputMode="decimal"
            placeholder="None"
            onChange={(event) => setMinSpend(event.target.value)}
          />
        </label>
        <label className="field">
          Uses in total
          <input
            value={usageLimit}
            inputMode="numeric"
            placeholder="No limit"
            data-testid="coupon-usage-limit"
            onChange={(event) => setUsageLimit(event.target.value)}
          />
        </label>
        <label className="field">
          Uses per phone
          <input
            value={perDevice}
            inputMode="numeric"
            placeholder="No limit"
            onChange={(event) => setPerDevice(event.target.value)}
          />
        </label>
        <label className="field">
          Starts
          <input
            type="datetime-local"
            value={startsAt}
            onChange={(event) => setStartsAt(event.target.value)}
          />
        </label>
        <label className="field">
          Ends
          <input type="datetime-local" value={endsAt} onChange={(event) => setEndsAt(event.target.value)} />
        </label>
      </div>
      {guessable && (
        <p className="coupon-form__warning" role="status" data-testid="coupon-guessable">
          {guessable}
        </p>
      )}
      <p className="coupon-form__hint">
        Times are the shop's local time ({shop.timezone}). Empty start or end: from now, or until paused.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="coupon-form__actions">
        {onDone && coupon && (
          <button type="button" className="button button-quiet" onClick={onDone}>
            Cancel
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={busy} data-testid="coupon-save">
          {coupon ? "Save changes" : "Create coupon"}
        </button>
      </div>
    </form>
  );
}
