import { useEffect, useRef, useState } from "react";
import { menuApi } from "./menuApi";
import { useMenuMoney } from "./menuMoney";
import { SoldOutSwitch } from "./SoldOutSwitch";
import { useMerchantMenu } from "./useMerchantMenu";
import "./menu.css";

/** The "Sold out" button in the top bar and the drawer it opens: every item, one tap each. */
export function SoldOutButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button topbar-soldout" onClick={() => setOpen(true)}>
        Sold out
      </button>
      {open ? <SoldOutDrawer onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function SoldOutDrawer({ onClose }: { onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { load, run, error } = useMerchantMenu();
  const { format } = useMenuMoney();
  const [filter, setFilter] = useState("");
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const toggle = async (itemId: string, soldOut: boolean) => {
    setPending((current) => new Set(current).add(itemId));
    await run(() => menuApi.setSoldOut(itemId, soldOut));
    setPending((current) => {
      const next = new Set(current);
      next.delete(itemId);
      return next;
    });
  };

  const query = filter.trim().toLocaleLowerCase();
  const categories =
    load.status === "ready"
      ? load.menu.categories
          .map((category) => ({
            ...category,
            items: category.items.filter((item) => !query || item.name.toLocaleLowerCase().includes(query)),
          }))
          .filter((category) => category.items.length > 0)
      : [];
  const soldOutCount =
    load.status === "ready"
      ? load.menu.categories.flatMap((c) => c.items).filter((item) => item.soldOut).length
      : 0;

  return (
    <dialog ref={dialogRef} className="drawer" aria-labelledby="soldout-title" onClose={onClose}>
      <header className="drawer__head">
        <div>
          <h2 id="soldout-title">Sold out</h2>
          <p className="drawer__lead">
            {soldOutCount === 0 ? "Everything is available." : `${soldOutCount} sold out right now.`} Diners
            see changes at once.
          </p>
        </div>
        <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
          Done
        </button>
      </header>
      <input
        className="menu-input drawer__search"
        type="search"
        placeholder="Find an item"
        aria-label="Find an item"
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      {error ? (
        <p className="menu-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="drawer__body">
        {load.status === "loading" && <p className="menu-message">Loading the menu…</p>}
        {load.status === "error" && (
          <p className="menu-message" role="alert">
            {load.message}
          </p>
        )}
        {load.status === "ready" && categories.length === 0 && (
          <p className="menu-message">{query ? "No item matches." : "The menu has no items yet."}</p>
        )}
        {categories.map((category) => (
          <section key={category.id} className="drawer__group" aria-label={category.name}>
            <h3>{category.name}</h3>
            <ul className="soldout-list">
              {category.items.map((item) => (
                <li key={item.id}>
                  <SoldOutSwitch
                    name={item.name}
                    detail={item.hidden ? `${format(item.price)} · hidden` : format(item.price)}
                    soldOut={item.soldOut}
                    pending={pending.has(item.id)}
                    onToggle={() => void toggle(item.id, !item.soldOut)}
                  />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </dialog>
  );
}
