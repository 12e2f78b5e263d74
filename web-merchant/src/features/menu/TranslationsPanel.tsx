import { type MerchantMenu, menuLanguages, sameLanguage, type Translations } from "@tabletap/shared";
import { useState } from "react";
import { menuApi } from "./menuApi";
import type { MerchantMenuState } from "./useMerchantMenu";

interface Row {
  id: string;
  kind: string;
  translations: Translations;
}

/** Every text of the menu in the order diners meet them. */
function rowsOf(menu: MerchantMenu): Row[] {
  const rows: Row[] = [];
  const add = (id: string, kind: string, translations: Translations | undefined) =>
    translations && rows.push({ id, kind, translations });
  for (const category of menu.categories) {
    add(category.id, "Category", category.translations);
    for (const item of category.items) {
      add(item.id, "Item", item.translations);
      for (const group of item.optionGroups) {
        add(group.id, "Option group", group.translations);
        for (const option of group.options) add(option.id, "Option", option.translations);
      }
    }
  }
  return rows;
}

/**
 * The menu's names side by side: the shop's own language (edited in the menu itself) next to English and
 * Chinese, each empty one marked missing; a row's Save writes its languages.
 */
export function TranslationsPanel({ menu }: { menu: MerchantMenuState }) {
  if (menu.load.status !== "ready") return null;
  const rows = rowsOf(menu.load.menu);
  const own = Object.keys(rows[0]?.translations ?? {})[0] ?? "";
  const others = menuLanguages.filter((language) => !sameLanguage(language, own));
  const missing = rows.reduce((sum, row) => sum + others.filter((l) => !row.translations[l]?.name).length, 0);
  return (
    <section className="menu-panel translations" aria-labelledby="translations-title">
      <h2 id="translations-title">Translations</h2>
      <p className="menu-lead" data-testid="translations-missing">
        {missing === 0 ? "Every name is translated." : `${missing} names not yet translated.`}
      </p>
      <table className="translations__table">
        <thead>
          <tr>
            <th scope="col">{own} (the shop's)</th>
            {others.map((language) => (
              <th key={language} scope="col">
                {language}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Save</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <TranslationRow key={row.id} row={row} own={own} others={others} menu={menu} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface RowProps {
  row: Row;
  own: string;
  others: readonly string[];
  menu: MerchantMenuState;
}

function TranslationRow({ row, own, others, menu }: RowProps) {
  const saved = Object.fromEntries(others.map((l) => [l, row.translations[l]?.name ?? ""]));
  const [names, setNames] = useState(saved);
  const changed = others.filter((l) => names[l] !== saved[l]);
  const name = row.translations[own]?.name ?? "";
  const save = () => {
    const translations = Object.fromEntries(
      changed.map((l) => [l, { name: names[l] ?? "", description: row.translations[l]?.description }]),
    );
    void menu.run(() => menuApi.setTranslations(row.id, { translations }));
  };
  return (
    <tr data-testid="translation-row">
      <th scope="row">
        <span className="translations__kind">{row.kind}</span> {name}
      </th>
      {others.map((language) => (
        <td key={language} className={names[language] ? undefined : "translations__missing"}>
          <input
            aria-label={`${name} in ${language}`}
            value={names[language] ?? ""}
            maxLength={80}
            placeholder="Missing"
            onChange={(event) => setNames({ ...names, [language]: event.target.value })}
          />
        </td>
      ))}
      <td>
        <button type="button" disabled={changed.length === 0 || menu.busy} onClick={save}>
          Save
        </button>
      </td>
    </tr>
  );
}
