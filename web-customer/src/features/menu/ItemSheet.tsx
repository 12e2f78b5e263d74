import { MAX_QUANTITY, type MenuItem } from "@tabletap/shared";
import type { ReactNode } from "react";
import { QuantityStepper } from "../../components/QuantityStepper";
import { Sheet } from "../../components/Sheet";
import { useMoney } from "../../lib/money";
import type { NewCartLine } from "../cart/cart";
import { t } from "../language/i18n";
import { OptionGroupField } from "./OptionGroupField";
import { useItemChoice } from "./useItemChoice";

const LINE_NOTE_MAX = 200;

interface ItemSheetProps {
  item: MenuItem;
  /** What the dish is and contains (DietaryBadges), drawn by the menu so the sheet's chunk stays small. */
  badges?: ReactNode;
  onAdd: (line: NewCartLine) => void;
  onClose: () => void;
}

export function ItemSheet({ item, badges, onAdd, onClose }: ItemSheetProps) {
  const { format } = useMoney();
  const choice = useItemChoice(item);
  const selected = new Set(choice.optionIds);
  const add = () =>
    onAdd({
      itemId: item.id,
      name: item.name,
      optionIds: choice.optionIds,
      quantity: choice.quantity,
      note: choice.note.trim(),
    });

  const footer = (
    <>
      {choice.missing.length > 0 ? (
        <p className="sheet-hint" id="item-sheet-hint">
          {t("sheet.pleaseChoose", { groups: choice.missing.map((group) => group.name).join(", ") })}
        </p>
      ) : null}
      <div className="sheet-actions">
        <QuantityStepper
          value={choice.quantity}
          min={1}
          max={MAX_QUANTITY}
          onChange={choice.setQuantity}
          label={t("sheet.quantity")}
        />
        <button
          type="button"
          className="primary-button"
          data-testid="add-to-cart"
          disabled={!choice.valid || item.soldOut}
          aria-describedby={choice.missing.length > 0 ? "item-sheet-hint" : undefined}
          onClick={add}
        >
          {t("sheet.addToCart", { price: format(choice.total) })}
        </button>
      </div>
    </>
  );

  return (
    <Sheet title={item.name} subtitle={format(item.price)} onClose={onClose} footer={footer}>
      {item.description ? <p className="item-sheet__description">{item.description}</p> : null}
      {badges}
      {item.optionGroups.map((group) => (
        <OptionGroupField
          key={group.id}
          group={group}
          selected={selected}
          onToggle={(optionId, checked) => choice.toggle(group, optionId, checked)}
        />
      ))}
      <label className="field">
        <span className="field__label">
          {t("sheet.noteLabel")}
          <span className="field__counter" aria-hidden="true">
            {choice.note.length}/{LINE_NOTE_MAX}
          </span>
        </span>
        <textarea
          className="field__input"
          rows={2}
          maxLength={LINE_NOTE_MAX}
          value={choice.note}
          placeholder={t("sheet.notePlaceholder")}
          onChange={(event) => choice.setNote(event.target.value)}
        />
      </label>
    </Sheet>
  );
}
