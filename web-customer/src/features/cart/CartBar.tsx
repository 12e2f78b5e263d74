import { BagIcon } from "../../components/Icons";
import { useMoney } from "../../lib/money";
import { t } from "../language/i18n";

interface CartBarProps {
  count: number;
  total: number;
  onOpen: () => void;
}

/** Pinned to the bottom of the menu once something is in the cart: always one tap from checkout. */
export function CartBar({ count, total, onOpen }: CartBarProps) {
  const { format } = useMoney();
  return (
    <div className="cart-bar">
      <button type="button" className="cart-bar__button" data-testid="cart-bar" onClick={onOpen}>
        <span className="cart-bar__count" aria-hidden="true">
          <BagIcon />
          <span className="cart-bar__badge">{count}</span>
        </span>
        <span className="cart-bar__label">
          {t("cart.barLabel")}
          <span className="visually-hidden">, {t("cart.itemCount", { count })}</span>
        </span>
        <span className="cart-bar__total">{format(total)}</span>
      </button>
    </div>
  );
}
