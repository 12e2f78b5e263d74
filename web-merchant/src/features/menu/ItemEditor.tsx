import type { ItemUpdateRequest, MerchantCategory, MerchantMenuItem } from "@tabletap/shared";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { menuApi } from "./menuApi";
import { useMenuMoney } from "./menuMoney";
import { OptionGroupsEditor } from "./OptionGroupsEditor";
import { PhotoField } from "./PhotoField";
import type { MerchantMenuState } from "./useMerchantMenu";

interface ItemEditorProps {
  item: MerchantMenuItem;
  categories: MerchantCategory[];
  menu: MerchantMenuState;
  onClose: () => void;
}

/** Everything about one item in a side sheet: details, photo, options, delete. */
export function ItemEditor({ item, categories, menu, onClose }: ItemEditorProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const money = useMenuMoney();
  const [name, setName] = useState(item.name);
  const [description, setDescription] = useState(item.description);
  const [priceText, setPriceText] = useState(money.toInput(item.price));
  const [categoryId, setCategoryId] = useState(item.categoryId);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const price = money.parse(priceText);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const changes: ItemUpdateRequest = {
    ...(name !== item.name ? { name } : {}),
    ...(description !== item.description ? { description } : {}),
    ...(price !== null && price !== item.price ? { price } : {}),
    ...(categoryId !== item.categoryId ? { categoryId } : {}),
  };
  const dirty = Object.keys(changes).length > 0;

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (dirty && price !== null) void menu.run(() => menuApi.changeItem(item.id, changes));
  };
  const remove = async () => {
    if (!confirmDelete) return setConfirmDelete(true);
    const result = await menu.run(() => menuApi.deleteItem(item.id));
    if (result.ok) dialogRef.current?.close();
  };

  return (
    <dialog
      ref={dialogRef}
      className="drawer item-editor"
      aria-labelledby="item-editor-title"
      onClose={onClose}
    >
      <header className="drawer__head">
        <h2 id="item-editor-title">{item.name}</h2>
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </header>
      {menu.error ? (
        <p className="menu-error" role="alert">
          {menu.error}
        </p>
      ) : null}
      <div className="drawer__body">
        <form className="item-form" onSubmit={save}>
          <label className="menu-field">
            <span>Name</span>
            <input
              className="menu-input"
              value={name}
              maxLength={80}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          <label className="menu-field">
            <span>Description</span>
            <textarea
              className="menu-input"
              rows={2}
              maxLength={500}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          </label>
          <div className="item-form__row">
            <label className="menu-field">
              <span>Price ({money.symbol})</span>
              <input
                className="menu-input"
                inputMode="decimal"
                aria-invalid={price === null || undefined}
                value={priceText}
                onChange={(e) => setPriceText(e.target.value)}
              />
              <small className={price === null ? "menu-field__error" : "menu-field__hint"}>
                {price === null ? "Enter an amount like 12.50" : `Diners see ${money.format(price)}`}
              </small>
            </label>
            <label className="menu-field">
              <span>Category</span>
              <select
                className="menu-input"
                value={categoryId}
                onChange={(e) => setCategoryId(e.target.value)}
              >
                {categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.name}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <button
            type="submit"
            className="button button-primary"
            disabled={menu.busy || !dirty || price === null}
          >
            Save changes
          </button>
        </form>

        <div className="item-flags">
          <FlagSwitch
            label="Shown to diners"
            on={!item.hidden}
            disabled={menu.busy}
            onToggle={() => void menu.run(() => menuApi.changeItem(item.id, { hidden: !item.hidden }))}
          />
          <FlagSwitch
            label="Sold out"
            on={item.soldOut}
            disabled={menu.busy}
            onToggle={() => void menu.run(() => menuApi.setSoldOut(item.id, !item.soldOut))}
          />
        </div>

        <PhotoField item={item} menu={menu} />
        <OptionGroupsEditor item={item} menu={menu} />

        <div className="item-editor__danger">
          <button
            type="button"
            className="button button-danger"
            disabled={menu.busy}
            onClick={() => void remove()}
          >
            {confirmDelete ? "Tap again to delete" : "Delete item"}
          </button>
        </div>
      </div>
    </dialog>
  );
}

function FlagSwitch(props: { label: string; on: boolean; disabled: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={props.on}
      className={`flag-switch${props.on ? " is-on" : ""}`}
      disabled={props.disabled}
      onClick={props.onToggle}
    >
      <span>{props.label}</span>
      <span className="soldout-switch__track" aria-hidden="true">
        <span className="soldout-switch__thumb" />
      </span>
    </button>
  );
}
