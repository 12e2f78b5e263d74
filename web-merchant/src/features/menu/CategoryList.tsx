import type { MerchantCategory } from "@tabletap/shared";
import { type FormEvent, useState } from "react";
import { menuApi } from "./menuApi";
import type { MerchantMenuState } from "./useMerchantMenu";

interface CategoryListProps {
  categories: MerchantCategory[];
  chosenId: string | undefined;
  onChoose: (id: string) => void;
  menu: MerchantMenuState;
}

export function CategoryList({ categories, chosenId, onChoose, menu }: CategoryListProps) {
  const [name, setName] = useState("");

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const result = await menu.run(() => menuApi.addCategory({ name }));
    if (result.ok) {
      setName("");
      onChoose(result.data.id);
    }
  };

  return (
    <nav className="menu-categories" aria-label="Categories">
      <ul>
        {categories.map((category) => (
          <li key={category.id}>
            <button
              type="button"
              className={`menu-category${category.id === chosenId ? " is-chosen" : ""}`}
              aria-current={category.id === chosenId || undefined}
              onClick={() => onChoose(category.id)}
            >
              <span className="menu-category__name">{category.name}</span>
              <span className="menu-category__meta">
                {category.hidden ? <span className="tag">Hidden</span> : null}
                <span className="menu-count">{category.items.length}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <form className="menu-inline-form" onSubmit={add}>
        <input
          className="menu-input"
          aria-label="New category name"
          placeholder="New category"
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={menu.busy || name.trim() === ""}>
          Add
        </button>
      </form>
    </nav>
  );
}
