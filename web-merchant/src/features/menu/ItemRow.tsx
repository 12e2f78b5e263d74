import type { MerchantMenuItem } from "@tabletap/shared";
import { useMenuMoney } from "./menuMoney";

interface ItemRowProps {
  item: MerchantMenuItem;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (delta: -1 | 1) => void;
  onEdit: () => void;
}

export function ItemRow({ item, first, last, busy, onMove, onEdit }: ItemRowProps) {
  const { format } = useMenuMoney();
  const options = item.optionGroups.map((group) => group.name).join(", ");
  return (
    <li className={`menu-item${item.hidden ? " is-hidden" : ""}`} data-testid="menu-editor-item">
      <button type="button" className="menu-item__main" onClick={onEdit} aria-label={`Edit ${item.name}`}>
        {item.photo ? (
          <img
            className="menu-item__photo"
            src={item.photo.url}
            alt=""
            width={56}
            height={56}
            loading="lazy"
          />
        ) : (
          <span className="menu-item__photo menu-item__photo--empty" aria-hidden="true" />
        )}
        <span className="menu-item__text">
          <span className="menu-item__name">{item.name}</span>
          <span className="menu-item__detail">
            {options ? `Options: ${options}` : item.description || "—"}
          </span>
        </span>
        <span className="menu-item__tags">
          {item.hidden ? <span className="tag">Hidden</span> : null}
          {item.soldOut ? <span className="tag tag-danger">Sold out</span> : null}
        </span>
        <span className="menu-item__price">{format(item.price)}</span>
      </button>
      <div className="menu-item__move">
        <button
          type="button"
          className="button"
          aria-label={`Move ${item.name} up`}
          disabled={busy || first}
          onClick={() => onMove(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button"
          aria-label={`Move ${item.name} down`}
          disabled={busy || last}
          onClick={() => onMove(1)}
        >
          ↓
        </button>
      </div>
    </li>
  );
}
