import type { MenuItem } from "@tabletap/shared";
import { PlusIcon } from "../../components/Icons";
import { useMoney } from "../../lib/money";
import { t } from "../language/i18n";
import { RatingBadge } from "./RatingBadge";

/** A whole card is one button: the biggest possible touch target on a phone. Sold out cannot be tapped. */
interface MenuItemCardProps {
  item: MenuItem;
  /** How many of this item are already in the cart, so the diner sees what they picked while browsing. */
  inCart: number;
  onOpen: () => void;
}

export function MenuItemCard({ item, inCart, onOpen }: MenuItemCardProps) {
  const { format } = useMoney();
  return (
    <button
      type="button"
      className="item-card"
      data-testid="menu-item"
      disabled={item.soldOut}
      aria-disabled={item.soldOut || undefined}
      onClick={onOpen}
    >
      {item.photo ? (
        <img
          className="item-card__photo"
          src={item.photo.url}
          width={item.photo.width}
          height={item.photo.height}
          loading="lazy"
          decoding="async"
          alt=""
        />
      ) : null}
      <span className="item-card__text">
        <span className="item-card__name">{item.name}</span>
        {item.description ? <span className="item-card__description">{item.description}</span> : null}
        <span className="item-card__footer">
          <span className="item-card__price">{format(item.price)}</span>
          {item.rating ? <RatingBadge average={item.rating.average} count={item.rating.count} /> : null}
          {inCart > 0 && !item.soldOut ? (
            <span className="item-card__in-cart">{t("menu.inCart", { count: inCart })}</span>
          ) : null}
        </span>
      </span>
      {item.soldOut ? (
        <span className="item-card__sold-out">{t("menu.soldOut")}</span>
      ) : (
        <span className="item-card__add" aria-hidden="true">
          <PlusIcon />
        </span>
      )}
    </button>
  );
}
