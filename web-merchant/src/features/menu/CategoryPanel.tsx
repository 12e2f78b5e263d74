import type { MerchantCategory } from "@tabletap/shared";
import { type FormEvent, useState } from "react";
import { ItemRow } from "./ItemRow";
import { menuApi } from "./menuApi";
import { useMenuMoney } from "./menuMoney";
import type { MerchantMenuState } from "./useMerchantMenu";

interface CategoryPanelProps {
  category: MerchantCategory;
  index: number;
  count: number;
  menu: MerchantMenuState;
  onEditItem: (itemId: string) => void;
}

/** One category: rename, hide, move, delete when empty; its items in order; a quick "add item". */
export function CategoryPanel({ category, index, count, menu, onEditItem }: CategoryPanelProps) {
  const money = useMenuMoney();
  const [name, setName] = useState(category.name);
  const [newName, setNewName] = useState("");
  const [newPrice, setNewPrice] = useState("");
  const price = money.parse(newPrice);
  const change = (body: Parameters<typeof menuApi.changeCategory>[1]) =>
    menu.run(() => menuApi.changeCategory(category.id, body));

  const rename = (event: FormEvent) => {
    event.preventDefault();
    void change({ name });
  };
  const addItem = async (event: FormEvent) => {
    event.preventDefault();
    if (price === null) return;
    const result = await menu.run(() => menuApi.addItem({ categoryId: category.id, name: newName, price }));
    if (result.ok) {
      setNewName("");
      setNewPrice("");
    }
  };

  return (
    <section className="menu-panel" aria-label={`Category ${category.name}`}>
      <div className="menu-panel__head">
        <form className="menu-inline-form menu-rename" onSubmit={rename}>
          <input
            className="menu-input menu-input--title"
            aria-label="Category name"
            value={name}
            maxLength={80}
            onChange={(event) => setName(event.target.value)}
          />
          {name !== category.name ? (
            <button type="submit" className="button button-primary" disabled={menu.busy}>
              Save
            </button>
          ) : null}
        </form>
        <div className="menu-actions">
          <button
            type="button"
            className="button"
            aria-label="Move category up"
            disabled={menu.busy || index === 0}
            onClick={() => void change({ position: index - 1 })}
          >
            ↑
          </button>
          <button
            type="button"
            className="button"
            aria-label="Move category down"
            disabled={menu.busy || index === count - 1}
            onClick={() => void change({ position: index + 1 })}
          >
            ↓
          </button>
          <button type="button" className="button" onClick={() => void change({ hidden: !category.hidden })}>
            {category.hidden ? "Show to diners" : "Hide"}
          </button>
          <button
            type="button"
            className="button button-quiet"
            disabled={menu.busy || category.items.length > 0}
            title={
              category.items.length > 0 ? "Only an empty category can be deleted; hide it instead" : undefined
            }
            onClick={() => void menu.run(() => menuApi.deleteCategory(category.id))}
          >
            Delete
          </button>
        </div>
      </div>
      {category.hidden ? (
        <p className="menu-note">Hidden: diners don't see this category or its items.</p>
      ) : null}
      {category.items.length === 0 ? (
        <p className="menu-message">No items yet.</p>
      ) : (
        <ul className="menu-items">
          {category.items.map((item, itemIndex) => (
            <ItemRow
              key={item.id}
              item={item}
              first={itemIndex === 0}
              last={itemIndex === category.items.length - 1}
              onMove={(delta) =>
                void menu.run(() => menuApi.changeItem(item.id, { position: itemIndex + delta }))
              }
              onEdit={() => onEditItem(item.id)}
              busy={menu.busy}
            />
          ))}
        </ul>
      )}
      <form className="menu-inline-form menu-add-item" onSubmit={addItem}>
        <input
          className="menu-input"
          aria-label="New item name"
          placeholder="New item"
          value={newName}
          maxLength={80}
          onChange={(event) => setNewName(event.target.value)}
        />
        <label className="menu-price-input">
          <span>{money.symbol}</span>
          <input
            className="menu-input"
            aria-label="New item price"
            placeholder="0.00"
            inputMode="decimal"
            value={newPrice}
            onChange={(event) => setNewPrice(event.target.value)}
          />
        </label>
        <button
          type="submit"
          className="button button-primary"
          disabled={menu.busy || newName.trim() === "" || price === null}
        >
          Add item
        </button>
      </form>
    </section>
  );
}
