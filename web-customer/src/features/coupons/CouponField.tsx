import { type FormEvent, useId, useState } from "react";
import { AlertIcon } from "../../components/Icons";
import { CheckIcon } from "../../components/PageIcons";
import { useMoney } from "../../lib/money";
import { t } from "../language/i18n";
import type { CouponState } from "./useCoupon";

const CODE = /^[A-Za-z0-9_-]{3,32}$/;

/** "Have a code?" in the cart: type it, Apply, and the server's discount (or its reason not to) shows. */
export function CouponField({ coupon, disabled }: { coupon: CouponState; disabled: boolean }) {
  const { format } = useMoney();
  const [draft, setDraft] = useState("");
  const [formatError, setFormatError] = useState(false);
  const inputId = useId();
  const errorId = useId();

  if (coupon.preview) {
    return (
      <div className="coupon coupon--applied" data-testid="coupon-applied">
        <span className="coupon__badge" aria-hidden="true">
          <CheckIcon width={18} height={18} />
        </span>
        <p className="coupon__summary">
          <strong>{t("coupon.applied", { code: coupon.preview.couponCode })}</strong>
          <span>{t("coupon.saving", { amount: format(coupon.preview.discount) })}</span>
        </p>
        <button type="button" className="text-button" onClick={coupon.remove} disabled={disabled}>
          {t("coupon.remove")}
        </button>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = draft.trim();
    if (!CODE.test(code)) return setFormatError(true);
    setFormatError(false);
    coupon.apply(code);
  };
  const error = formatError ? t("coupon.invalidFormat") : coupon.error;
  return (
    <form className="coupon" onSubmit={submit} noValidate>
      <label className="field__label" htmlFor={inputId}>
        {t("coupon.label")}
      </label>
      <div className="coupon__row">
        <input
          id={inputId}
          className="field__input coupon__input"
          data-testid="coupon-input"
          value={draft}
          maxLength={32}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          placeholder={t("coupon.placeholder")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          disabled={disabled}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button
          type="submit"
          className="secondary-button coupon__apply"
          data-testid="coupon-apply"
          disabled={disabled || coupon.checking || draft.trim() === ""}
          aria-busy={coupon.checking}
        >
          {coupon.checking ? t("coupon.checking") : t("coupon.apply")}
        </button>
      </div>
      {error ? (
        <p className="form-error coupon__error" id={errorId} role="alert" data-testid="coupon-error">
          <AlertIcon />
          <span>{error}</span>
        </p>
      ) : null}
    </form>
  );
}
