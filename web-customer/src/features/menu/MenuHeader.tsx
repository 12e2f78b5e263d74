import type { PublicTable, Shop } from "@tabletap/shared";
import { placeLabel } from "../../lib/placeLabel";
import { text } from "../../lib/text";

export function MenuHeader({ shop, table }: { shop: Shop; table: PublicTable }) {
  return (
    <header className="menu-header">
      <p className="menu-header__eyebrow">{placeLabel(table)}</p>
      <h1 className="menu-header__title">{shop.name}</h1>
      <p className="menu-header__hint">{text.menu.headerHint[shop.paymentMode]}</p>
    </header>
  );
}
