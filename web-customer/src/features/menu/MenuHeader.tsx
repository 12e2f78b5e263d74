import type { PublicTable, Shop } from "@tabletap/shared";
import { placeLabel } from "../../lib/placeLabel";
import { t } from "../language/i18n";
import { LanguageSwitch } from "../language/LanguageSwitch";

export function MenuHeader({ shop, table }: { shop: Shop; table: PublicTable }) {
  return (
    <header className="menu-header">
      <div className="menu-header__top">
        <p className="menu-header__eyebrow">{placeLabel(table)}</p>
        <LanguageSwitch />
      </div>
      <h1 className="menu-header__title">{shop.name}</h1>
      <p className="menu-header__hint">{t(`menu.headerHint.${shop.paymentMode}`)}</p>
    </header>
  );
}
