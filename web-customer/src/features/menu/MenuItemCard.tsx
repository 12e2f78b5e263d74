import type { MenuItem } from "@tabletap/shared";
import { PlusIcon } from "../../components/Icons";
import { useMoney } from "../../lib/money";
import { t } from "../language/i18n";
import { DietaryBadges } from "./DietaryBadges";
import { RatingBadge } from "./RatingBadge";

/**
 * A whole card is one button: the biggest possible touch target on a phone. Sold out, or outside its hours
 * (it says from when), it cannot be tapped.
 */
interface MenuItemCardProps {
  item: MenuItem;
  /** How many of this item are already in the cart, so the diner sees what they picked while browsing. */
  inCart: number;
  onOpen: () => void;
}

export function MenuItemCard({ item, inCart, onOpen }: MenuItemCardProps) {
  const { format } = useMoney();
  const closed = item.soldOut || item.availableFrom !== undefined;
  return (
    <button
      type="button"
      className="item-card"
      data-testid="menu-item"
      disabled={closed}
      aria-disabled={closed || undefined}
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
        <span className="item-card__name" lang={item.lang}>
          {item.name}
        </span>
        {item.description ? <span className="item-card__description">{item.description}</span> : null}
        <DietaryBadges item={item} />
        <span className="item-card__footer">
          <span className="item-card__price">{format(item.price)}</span>
          {item.rating ? <RatingBadge average={item.rating.average} count={item.rating.count} /> : null}
          {inCart > 0 && !closed ? (
            <span className="item-card__in-cart">{t("menu.inCart", { count: inCart })}</span>
          ) : null}
        </span>
      </span>
      {item.soldOut ? (
        <span className="item-card__sold-out">{t("menu.soldOut")}</span>
      ) : item.availableFrom ? (
        <span className="item-card__sold-out item-card__from">
          {t("menu.availableFrom", { time: item.availableFrom })}
        </span>
      ) : (
        <span className="item-card__add" aria-hidden="true">
          <PlusIcon />
        </span>
      )}
    </button>
  );
}
