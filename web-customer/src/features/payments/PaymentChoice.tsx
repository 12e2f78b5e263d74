import type { PaymentMethod } from "@tabletap/shared";
import { t } from "../language/i18n";

const choices: ReadonlyArray<{ method: PaymentMethod; label: string }> = [
  { method: "online", label: t("cart.payNowOption") },
  { method: "counter", label: t("cart.payAtCounterOption") },
];

interface PaymentChoiceProps {
  value: PaymentMethod;
  onChange: (method: PaymentMethod) => void;
  disabled?: boolean;
}

/** Two real radios styled as a segmented control: one tap to switch, and the hint below says what follows. */
export function PaymentChoice({ value, onChange, disabled = false }: PaymentChoiceProps) {
  return (
    <fieldset className="pay-choice" disabled={disabled}>
      <legend className="pay-choice__legend">{t("cart.paymentChoice")}</legend>
      <div className="pay-choice__options">
        {choices.map(({ method, label }) => (
          <label key={method} className="pay-choice__option" data-testid={`pay-choice-${method}`}>
            <input
              type="radio"
              className="pay-choice__input"
              name="payment-method"
              value={method}
              checked={value === method}
              onChange={() => onChange(method)}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
