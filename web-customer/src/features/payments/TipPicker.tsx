import { useId, useState } from "react";
import { useMoney } from "../../lib/money";
import { t } from "../language/i18n";
import { parseAmount, TIP_PRESETS, type TipChoice, tipAmount } from "./tip";

interface TipPickerProps {
  value: TipChoice;
  onChange: (choice: TipChoice) => void;
  /** What the food costs after any discount: percentages are of this. */
  base: number;
  currency: string;
  disabled?: boolean;
}

export const TIP_PICKER_ID = "tip-picker";

/**
 * Brings the tip picker into view and onto its chosen option: it sits below the cart lines, out of sight
 * on a small phone, while the pay button stays in the sheet's footer.
 */
export function revealTipPicker(): void {
  const picker = document.getElementById(TIP_PICKER_ID);
  picker?.scrollIntoView({ behavior: "smooth", block: "center" });
  picker?.querySelector<HTMLInputElement>("input:checked")?.focus({ preventScroll: true });
}

/** The pay step's tip: presets as a segmented control, or an amount the diner types. */
export function TipPicker({ value, onChange, base, currency, disabled = false }: TipPickerProps) {
  const { format } = useMoney();
  const [typed, setTyped] = useState("");
  const amountId = useId();
  const other = value.kind === "amount";
  const typedAmount = parseAmount(typed, currency);
  const invalid = other && typed !== "" && (typedAmount === null || typedAmount > base);
  return (
    <fieldset
      className="pay-choice tip-picker"
      disabled={disabled}
      data-testid="tip-picker"
      id={TIP_PICKER_ID}
    >
      <legend className="pay-choice__legend">{t("tip.legend")}</legend>
      <div className="pay-choice__options tip-picker__options">
        {TIP_PRESETS.map((percent) => (
          <label
            key={percent}
            className="pay-choice__option tip-picker__option"
            data-testid={`tip-${percent}`}
          >
            <input
              type="radio"
              className="pay-choice__input"
              name="tip"
              checked={value.kind === "percent" && value.percent === percent}
              onChange={() => onChange({ kind: "percent", percent })}
            />
            <span>{percent === 0 ? t("tip.none") : t("tip.percent", { n: percent })}</span>
            {percent > 0 ? (
              <span className="tip-picker__amount">
                {format(tipAmount({ kind: "percent", percent }, base))}
              </span>
            ) : null}
          </label>
        ))}
        <label className="pay-choice__option tip-picker__option" data-testid="tip-other">
          <input
            type="radio"
            className="pay-choice__input"
            name="tip"
            checked={other}
            onChange={() => onChange({ kind: "amount", amount: typedAmount ?? 0 })}
          />
          <span>{t("tip.other")}</span>
        </label>
      </div>
      {other ? (
        <div className="tip-picker__custom">
          <label className="field__label" htmlFor={amountId}>
            {t("tip.amountLabel")}
          </label>
          <input
            id={amountId}
            className="field__input"
            data-testid="tip-amount"
            inputMode="decimal"
            autoComplete="off"
            value={typed}
            aria-invalid={invalid || undefined}
            onChange={(event) => {
              setTyped(event.target.value);
              const amount = parseAmount(event.target.value, currency);
              onChange({ kind: "amount", amount: amount !== null && amount <= base ? amount : 0 });
            }}
          />
          {invalid ? (
            <p className="tip-picker__hint tip-picker__hint--error" role="alert">
              {t("tip.invalid", { max: format(base) })}
            </p>
          ) : null}
        </div>
      ) : null}
      <p className="tip-picker__hint">{t("tip.hint")}</p>
    </fieldset>
  );
}
