import type { MenuItem, TableMenu } from "@tabletap/shared";
import { useMemo, useState } from "react";
import { placeLabel } from "../../lib/placeLabel";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { CartBar } from "../cart/CartBar";
import { CartSheet } from "../cart/CartSheet";
import { countByItem, priceCart } from "../cart/priceCart";
import { useCart } from "../cart/useCart";
import { usePlaceOrder } from "../cart/usePlaceOrder";
import { CategoryNav } from "./CategoryNav";
import { ItemSheet } from "./ItemSheet";
import { MenuHeader } from "./MenuHeader";
import { MenuSections } from "./MenuSections";
import { indexItems } from "./menuIndex";

interface MenuViewProps {
  menu: TableMenu;
  tableToken: string;
  onMenuChanged: () => void;
}

export function MenuView({ menu, tableToken, onMenuChanged }: MenuViewProps) {
  const cart = useCart(tableToken);
  const items = useMemo(() => indexItems(menu), [menu]);
  const priced = useMemo(() => priceCart(cart.cart, items), [cart.cart, items]);
  const inCart = useMemo(() => countByItem(cart.cart.lines), [cart.cart.lines]);
  const order = usePlaceOrder({ menu, tableToken, cart, onMenuChanged });
  const [openItemId, setOpenItemId] = useState<string | null>(null);
  // The sheet shows the item as the live menu has it now; one sold out or withdrawn meanwhile closes it.
  const found = openItemId === null ? undefined : items.get(openItemId);
  const openItem = found && !found.soldOut ? found : null;
  const setOpenItem = (item: MenuItem | null) => setOpenItemId(item?.id ?? null);
  const [cartOpen, setCartOpen] = useState(false);
  const label = placeLabel(menu.table);
  useDocumentTitle(menu.shop.name);

  const hasCart = priced.lines.length > 0;
  return (
    <div className={`menu-page${hasCart ? " menu-page--with-cart" : ""}`}>
      <MenuHeader shop={menu.shop} table={menu.table} />
      <CategoryNav categories={menu.categories} />
      <MenuSections categories={menu.categories} inCart={inCart} onOpenItem={setOpenItem} />
      {hasCart ? (
        <CartBar count={priced.count} total={priced.total} onOpen={() => setCartOpen(true)} />
      ) : null}
      {openItem ? (
        <ItemSheet
          item={openItem}
          onAdd={(line) => {
            cart.add(line);
            setOpenItem(null);
          }}
          onClose={() => setOpenItem(null)}
        />
      ) : null}
      {cartOpen ? (
        <CartSheet
          cart={cart}
          priced={priced}
          placeLabel={label}
          paymentMode={menu.shop.paymentMode}
          order={order}
          onClose={() => setCartOpen(false)}
        />
      ) : null}
    </div>
  );
}
