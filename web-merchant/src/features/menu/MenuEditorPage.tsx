import type { MerchantCategory } from "@tabletap/shared";
import { useState } from "react";
import { CategoryList } from "./CategoryList";
import { CategoryPanel } from "./CategoryPanel";
import { ItemEditor } from "./ItemEditor";
import { TranslationsPanel } from "./TranslationsPanel";
import { useMerchantMenu } from "./useMerchantMenu";
import "./menu.css";

/** `/menu`: categories on the left, the chosen category's items on the right, an item opens its editor. */
export function MenuEditorPage() {
  const menu = useMerchantMenu();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);

  if (menu.load.status !== "ready") {
    return (
      <main className="menu-page">
        <p className="menu-message" role={menu.load.status === "error" ? "alert" : "status"}>
          {menu.load.status === "error" ? menu.load.message : "Loading the menu…"}
        </p>
      </main>
    );
  }
  const { categories } = menu.load.menu;
  const chosen: MerchantCategory | undefined =
    categories.find((category) => category.id === chosenId) ?? categories[0];
  const editing = categories.flatMap((category) => category.items).find((item) => item.id === editingId);

  return (
    <main className="menu-page">
      <div className="menu-head">
        <div>
          <h1>Menu</h1>
          <p className="menu-lead">Changes reach diners' phones as soon as you save them.</p>
        </div>
        {menu.error ? (
          <p className="menu-error" role="alert">
            {menu.error}
          </p>
        ) : null}
      </div>
      <div className="menu-columns">
        <CategoryList categories={categories} chosenId={chosen?.id} onChoose={setChosenId} menu={menu} />
        {chosen ? (
          <CategoryPanel
            key={chosen.id}
            category={chosen}
            index={categories.indexOf(chosen)}
            count={categories.length}
            menu={menu}
            onEditItem={setEditingId}
          />
        ) : (
          <p className="menu-message menu-panel">
            Add a first category, such as “Drinks”, to start the menu.
          </p>
        )}
      </div>
      <TranslationsPanel menu={menu} />
      {editing ? (
        <ItemEditor item={editing} categories={categories} menu={menu} onClose={() => setEditingId(null)} />
      ) : null}
    </main>
  );
}
