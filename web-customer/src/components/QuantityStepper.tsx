import { t } from "../features/language/i18n";
import { PlusIcon } from "./Icons";
import { MinusIcon } from "./PageIcons";

interface QuantityStepperProps {
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  /** Names the group for screen readers, e.g. "Quantity of Latte". */
  label: string;
  size?: "regular" | "small";
}

export function QuantityStepper({
  value,
  min,
  max,
  onChange,
  label,
  size = "regular",
}: QuantityStepperProps) {
  return (
    <fieldset className={`stepper stepper--${size}`} aria-label={label}>
      <button
        type="button"
        className="stepper__button"
        onClick={() => onChange(Math.max(min, value - 1))}
        disabled={value <= min}
        aria-label={t("sheet.decrease")}
      >
        <MinusIcon />
      </button>
      <output className="stepper__value" aria-live="polite">
        {value}
      </output>
      <button
        type="button"
        className="stepper__button"
        onClick={() => onChange(Math.min(max, value + 1))}
        disabled={value >= max}
        aria-label={t("sheet.increase")}
      >
        <PlusIcon />
      </button>
    </fieldset>
  );
}
