import { MAX_QUANTITY } from "@tabletap/shared";
import { QuantityStepper } from "../../components/QuantityStepper";
import { useMoney } from "../../lib/money";
import { t } from "../language/i18n";
import type { LineProblem, PricedCartLine } from "./priceCart";

interface CartLineRowProps {
  priced: PricedCartLine;
  onQuantity: (quantity: number) => void;
  onRemove: () => void;
  /** This phone's nickname at a shared table, so its own lines say "you". */
  you?: string | undefined;
}

// A function, not a table built at import: t() must run at render time to follow a language switch.
const problemText = (problem: LineProblem): string =>
  problem === "sold_out"
    ? t("cart.soldOut")
    : problem === "invalid_options"
      ? t("cart.optionsChanged")
      : t("cart.unavailable");

export function CartLineRow({ priced, onQuantity, onRemove, you }: CartLineRowProps) {
  const { format } = useMoney();
  const { line, name, options, lineTotal, problem } = priced;
  return (
    <li className={`cart-line${problem ? " cart-line--problem" : ""}`}>
      <div className="cart-line__main">
        <p className="cart-line__name">{name}</p>
        {options.length > 0 ? (
          <p className="cart-line__options">{options.map((option) => option.name).join(" · ")}</p>
        ) : null}
        {line.note ? <p className="cart-line__note">“{line.note}”</p> : null}
        {line.addedBy ? (
          <p className="cart-line__by" data-testid="added-by">
            {line.addedBy === you
              ? t("tableCart.addedByYou")
              : t("tableCart.addedBy", { name: line.addedBy })}
          </p>
        ) : null}
      </div>
      <p className="cart-line__price">{problem ? null : format(lineTotal)}</p>
      <div className="cart-line__actions">
        {problem ? (
          <p className="cart-line__problem" role="alert">
            {problemText(problem)}
          </p>
        ) : (
          <QuantityStepper
            size="small"
            value={line.quantity}
            min={1}
            max={MAX_QUANTITY}
            onChange={onQuantity}
            label={t("cart.lineQuantity", { name })}
          />
        )}
        <button
          type="button"
          className="text-button"
          onClick={onRemove}
          aria-label={t("cart.removeItem", { name })}
        >
          {t("cart.remove")}
        </button>
      </div>
    </li>
  );
}
