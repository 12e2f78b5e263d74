import {
  defaultOptionIds,
  formatMoney,
  formatMoneyDelta,
  groupChoice,
  MAX_QUANTITY,
  type MenuItem,
  priceLine,
  toggleOption,
} from "@tabletap/shared";
import { useEffect, useId, useRef, useState } from "react";
import type { DraftLine } from "./draft";

/** Options, quantity and a note for one item, in a dialog with thumb-sized controls. */
export function ItemSheet(props: {
  item: MenuItem;
  currency: string;
  locale: string;
  onAdd: (line: Omit<DraftLine, "key">) => void;
  onClose: () => void;
}) {
  const { item, currency, locale, onAdd, onClose } = props;
  const [optionIds, setOptionIds] = useState(() => defaultOptionIds(item));
  const [quantity, setQuantity] = useState(1);
  const [note, setNote] = useState("");
  const dialogRef = useRef<HTMLDialogElement>(null);
  const noteId = useId();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const priced = priceLine(item, optionIds, quantity);
  const chosen = new Set(optionIds);

  return (
    <dialog ref={dialogRef} className="item-sheet" aria-labelledby="item-sheet-title" onClose={onClose}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (priced.ok) onAdd({ item, optionIds, quantity, note });
        }}
      >
        <h2 id="item-sheet-title">{item.name}</h2>
        {item.optionGroups.map((group) => (
          <fieldset key={group.id} className="new-order-options">
            <legend>
              {group.name}
              <span className="option-rule">
                {groupChoice(group, chosen).required ? "required" : "optional"}
                {group.maxChoices > 1 ? ` · up to ${group.maxChoices}` : ""}
              </span>
            </legend>
            <div className="option-choices">
              {group.options.map((option) => (
                <label
                  key={option.id}
                  className={`option-chip${optionIds.includes(option.id) ? " is-chosen" : ""}`}
                >
                  <input
                    type={group.maxChoices === 1 ? "radio" : "checkbox"}
                    name={group.id}
                    checked={optionIds.includes(option.id)}
                    onChange={() => setOptionIds((current) => toggleOption(item, current, option.id))}
                  />
                  {option.name}
                  {option.priceDelta !== 0 && (
                    <span className="option-price">
                      {formatMoneyDelta(option.priceDelta, currency, locale)}
                    </span>
                  )}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div className="quantity-row">
          <span>Quantity</span>
          <div className="stepper">
            <button
              type="button"
              className="button"
              aria-label="One less"
              disabled={quantity <= 1}
              onClick={() => setQuantity((q) => Math.max(1, q - 1))}
            >
              −
            </button>
            <output aria-live="polite">{quantity}</output>
            <button
              type="button"
              className="button"
              aria-label="One more"
              disabled={quantity >= MAX_QUANTITY}
              onClick={() => setQuantity((q) => Math.min(MAX_QUANTITY, q + 1))}
            >
              +
            </button>
          </div>
        </div>
        <label className="field" htmlFor={noteId}>
          Note for the kitchen
          <input id={noteId} value={note} maxLength={200} onChange={(event) => setNote(event.target.value)} />
        </label>
        {!priced.ok && <p className="sheet-hint">{priced.message}</p>}
        <div className="sheet-buttons">
          <button type="button" className="button" onClick={onClose}>
            Back
          </button>
          <button type="submit" className="button button-primary" disabled={!priced.ok}>
            Add{priced.ok ? ` · ${formatMoney(priced.lineTotal, currency, locale)}` : ""}
          </button>
        </div>
      </form>
    </dialog>
  );
}
