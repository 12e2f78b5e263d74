import { groupChoice, type OptionGroup } from "@tabletap/shared";
import { CheckIcon } from "../../components/PageIcons";
import { useMoney } from "../../lib/money";
import { t } from "../language/i18n";

interface OptionGroupFieldProps {
  group: OptionGroup;
  selected: ReadonlySet<string>;
  onToggle: (optionId: string, checked: boolean) => void;
}

function ruleText({ minChoices: min, maxChoices: max }: OptionGroup): string {
  if (min === 0) return t("sheet.chooseUpTo", { count: max });
  return min === max ? t("sheet.choose", { count: min }) : t("sheet.chooseRange", { min, max });
}

/**
 * One option group as real inputs with real labels: radios when one choice is allowed, checkboxes
 * otherwise. The label stretches over the whole row so the full width is tappable.
 */
export function OptionGroupField({ group, selected, onToggle }: OptionGroupFieldProps) {
  const { formatDelta } = useMoney();
  const single = group.maxChoices === 1;
  const { required, satisfied, full } = groupChoice(group, selected);

  return (
    <fieldset className="option-group">
      <legend className="option-group__legend">
        <span className="option-group__heading">
          <span className="option-group__name">{group.name}</span>
          <span className="option-group__rule">{ruleText(group)}</span>
        </span>
        {required ? (
          <span className={`badge ${satisfied ? "badge--done" : "badge--required"}`}>
            {satisfied ? <CheckIcon /> : null}
            {t("sheet.required")}
          </span>
        ) : null}
      </legend>
      <div className="option-group__options">
        {group.options.map((option) => {
          const id = `option-${group.id}-${option.id}`;
          const checked = selected.has(option.id);
          return (
            <div key={option.id} className={`option${checked ? " option--checked" : ""}`}>
              <input
                id={id}
                className={single ? "option__radio" : "option__checkbox"}
                type={single ? "radio" : "checkbox"}
                name={`group-${group.id}`}
                value={option.id}
                checked={checked}
                disabled={!single && !checked && full}
                aria-describedby={option.priceDelta !== 0 ? `${id}-price` : undefined}
                onChange={(event) => onToggle(option.id, event.target.checked)}
                onClick={() => {
                  // A radio can't be unticked natively; allow it when the group is optional.
                  if (single && checked && !required) onToggle(option.id, false);
                }}
              />
              <label htmlFor={id} className="option__label">
                {option.name}
              </label>
              {option.priceDelta !== 0 ? (
                <span id={`${id}-price`} className="option__price">
                  {formatDelta(option.priceDelta)}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
