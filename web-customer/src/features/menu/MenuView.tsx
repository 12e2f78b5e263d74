import type { MenuItem, TableMenu } from "@tabletap/shared";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { placeLabel } from "../../lib/placeLabel";
import { retryingLoad } from "../../lib/retryingLoad";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { whenIdle } from "../../lib/whenIdle";
import { CartBar } from "../cart/CartBar";
import { countByItem, priceCart } from "../cart/priceCart";
import { useCart } from "../cart/useCart";
import { useCheckoutExtras } from "../cart/useCheckoutExtras";
import { usePlaceOrder } from "../cart/usePlaceOrder";
import { CallStaffButton } from "../service-requests/CallStaffButton";
import { useServiceCalls } from "../service-requests/useServiceCalls";
import { ConnectionBanner } from "../table-cart/ConnectionBanner";
import { NotAddedNotice } from "../table-cart/NotAddedNotice";
import { useSharedCart } from "../table-cart/useSharedCart";
import { TabButton } from "../table-tab/TabButton";
import { useTableTab } from "../table-tab/useTableTab";
import { CategoryNav } from "./CategoryNav";
import { DietaryBadges } from "./DietaryBadges";
import { MenuFilters } from "./MenuFilters";
import { MenuHeader } from "./MenuHeader";
import { MenuSections } from "./MenuSections";
import type { MenuFilter } from "./menuFilter";
import { indexItems } from "./menuIndex";
import { useDinerMenu } from "./useDinerMenu";

const NO_FILTER: MenuFilter = { query: "", avoid: [] };

// Not needed at first paint: the nickname shows in the cart sheet, the notice after someone orders.
// Retried in the loader: a diner who loses the connection before opening the cart must not get a white page.
const NicknameField = lazy(
  retryingLoad(() =>
    import("../table-cart/NicknameField").then((module) => ({ default: module.NicknameField })),
  ),
);
const SubmittedNotice = lazy(
  retryingLoad(() =>
    import("../table-cart/SubmittedNotice").then((module) => ({ default: module.SubmittedNotice })),
  ),
);
// The dish and cart sheets open on a tap, never at first paint: they load right after it (see below), so
// the menu's first download stays within its budget and a tap still opens them at once.
const loadItemSheet = retryingLoad(() =>
  import("./ItemSheet").then((module) => ({ default: module.ItemSheet })),
);
const loadCartSheet = retryingLoad(() =>
  import("../cart/CartSheet").then((module) => ({ default: module.CartSheet })),
);
const ItemSheet = lazy(loadItemSheet);

const CartSheet = lazy(loadCartSheet);
// The tab's full list is only needed once a diner opens it.
const LazyTabSheet = lazy(
  retryingLoad(() => import("../table-tab/TabSheet").then((module) => ({ default: module.TabSheet }))),
);
// Calling staff is a tap away, never part of the first paint.
const LazyCallStaffSheet = lazy(
  retryingLoad(() =>
    import("../service-requests/CallStaffSheet").then((module) => ({ default: module.CallStaffSheet })),
  ),
);

interface MenuViewProps {
  menu: TableMenu;
  tableToken: string;
  onMenuChanged: () => void;
}

export function MenuView({ menu, tableToken, onMenuChanged }: MenuViewProps) {
  const [filter, setFilter] = useState(NO_FILTER);
  const { read, shown } = useDinerMenu(menu, filter);
  const items = useMemo(() => indexItems(read), [read]);
  // Everyone at a table shares one cart; at the counter, strangers each keep their own.
  const isTable = menu.table.kind === "table";
  const ownCart = useCart(tableToken);
  const shared = useSharedCart(menu, tableToken, isTable, items);
  const cart = isTable ? shared : ownCart;
  const { tab } = useTableTab(tableToken, isTable);
  const [tabOpen, setTabOpen] = useState(false);
  const serviceCalls = useServiceCalls(tableToken, isTable);
  const [callStaffOpen, setCallStaffOpen] = useState(false);
  const priced = useMemo(() => priceCart(cart.cart, items), [cart.cart, items]);
  const inCart = useMemo(() => countByItem(cart.cart.lines), [cart.cart.lines]);
  const extras = useCheckoutExtras(menu, tableToken, cart, priced);
  const order = usePlaceOrder({ menu, tableToken, cart, onMenuChanged, extras });
  const [openItemId, setOpenItemId] = useState<string | null>(null);
  // The sheet shows the item as the live menu has it now; one sold out or withdrawn meanwhile closes it.
  const found = openItemId === null ? undefined : items.get(openItemId);
  const openItem = found && !found.soldOut ? found : null;
  // Stable, so the memoized menu list is not redrawn when something else on the page changes.
  const setOpenItem = useCallback((item: MenuItem | null) => setOpenItemId(item?.id ?? null), []);
  const [cartOpen, setCartOpen] = useState(false);
  const label = placeLabel(menu.table);
  useDocumentTitle(read.shop.name);
  // Once the menu has painted, fetch the sheets a first tap opens (a failure is retried on the tap), each
  // in an idle moment of its own: starting a chunk's fetches takes the main thread a while on a slow phone.
  useEffect(() => {
    const cancelItemSheet = whenIdle(() => void loadItemSheet().catch(() => undefined));
    const cancelCartSheet = whenIdle(() => void loadCartSheet().catch(() => undefined));
    return () => {
      cancelItemSheet();
      cancelCartSheet();
    };
  }, []);

  const hasCart = priced.lines.length > 0;
  const submittedNotice = shared.submitted ? (
    <SubmittedNotice
      submitted={shared.submitted}
      nickname={shared.nickname}
      onDismiss={shared.dismissSubmitted}
    />
  ) : null;
  return (
    <div className={`menu-page${hasCart ? " menu-page--with-cart" : ""}`}>
      <MenuHeader shop={read.shop} table={menu.table} />
      {isTable ? <ConnectionBanner tableToken={tableToken} kept={shared.kept} /> : null}
      {isTable && shared.notAdded.length > 0 ? (
        <NotAddedNotice notAdded={shared.notAdded} onDismiss={shared.dismissNotAdded} />
      ) : null}
      {isTable && submittedNotice && !cartOpen ? (
        <Suspense fallback={null}>{submittedNotice}</Suspense>
      ) : null}
      {tab?.open && tab.rounds.length > 0 ? <TabButton tab={tab} onOpen={() => setTabOpen(true)} /> : null}
      {isTable ? <CallStaffButton calls={serviceCalls.calls} onOpen={() => setCallStaffOpen(true)} /> : null}
      <CategoryNav categories={shown} />
      <MenuFilters filter={filter} onChange={setFilter} />
      <MenuSections
        categories={shown}
        inCart={inCart}
        onOpenItem={setOpenItem}
        filtered={filter.query.trim() !== "" || filter.avoid.length > 0}
      />
      {hasCart ? (
        <CartBar count={priced.count} total={priced.total} onOpen={() => setCartOpen(true)} />
      ) : null}
      {openItem ? (
        <Suspense fallback={null}>
          <ItemSheet
            item={openItem}
            badges={<DietaryBadges item={openItem} />}
            onAdd={(line) => {
              cart.add(line);
              setOpenItem(null);
            }}
            onClose={() => setOpenItem(null)}
          />
        </Suspense>
      ) : null}
      {cartOpen ? (
        <Suspense fallback={null}>
          <CartSheet
            cart={cart}
            priced={priced}
            placeLabel={label}
            paymentMode={menu.shop.paymentMode}
            order={order}
            extras={extras}
            currency={menu.shop.currency}
            onClose={() => setCartOpen(false)}
            {...(isTable
              ? {
                  intro: (
                    <Suspense fallback={null}>
                      {/* A phone whose own submit lost the race learns here who sent the table's order. */}
                      {submittedNotice}
                      <NicknameField
                        nickname={shared.nickname}
                        tableLabel={label}
                        onChange={shared.setNickname}
                      />
                    </Suspense>
                  ),
                  you: shared.nickname,
                  problem: shared.problem,
                }
              : {})}
          />
        </Suspense>
      ) : null}
      {callStaffOpen ? (
        <Suspense fallback={null}>
          <LazyCallStaffSheet
            tableToken={tableToken}
            placeLabel={label}
            calls={serviceCalls.calls}
            onCalls={serviceCalls.add}
            onClose={() => setCallStaffOpen(false)}
          />
        </Suspense>
      ) : null}
      {tabOpen && tab ? (
        <Suspense fallback={null}>
          <LazyTabSheet tab={tab} placeLabel={label} onClose={() => setTabOpen(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}
