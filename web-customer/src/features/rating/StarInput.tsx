import { StarIcon } from "../../components/Icons";
import { t } from "../language/i18n";

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * Five stars as a real radio group: arrow keys move between them, screen readers announce "4 stars",
 * and a tap anywhere on a star picks it. Read-only when the dish is already rated.
 */
export function StarInput(props: {
  name: string;
  label: string;
  value: number | undefined;
  onChange?: (score: number) => void;
}) {
  const { name, label, value, onChange } = props;
  return (
    <fieldset className="stars" disabled={!onChange}>
      <legend className="visually-hidden">{label}</legend>
      {SCORES.map((score) => (
        <label
          key={score}
          className={`stars__star${value !== undefined && score <= value ? " stars__star--on" : ""}`}
        >
          <input
            type="radio"
            className="visually-hidden"
            name={name}
            value={score}
            checked={value === score}
            onChange={() => onChange?.(score)}
          />
          <StarIcon />
          <span className="visually-hidden">{t("rating.stars", { count: score })}</span>
        </label>
      ))}
      <span className="stars__word" aria-hidden="true">
        {value ? t("rating.scoreWords").split(",")[value - 1] : ""}
      </span>
    </fieldset>
  );
}
