import { MAX_QUANTITY } from "@tabletap/shared";
import { QuantityStepper } from "../../components/QuantityStepper";
import { useMoney } from "../../lib/money";
import { text } from "../../lib/text";
import type { LineProblem, PricedCartLine } from "./priceCart";

interface CartLineRowProps {
  priced: PricedCartLine;
  onQuantity: (quantity: number) => void;
  onRemove: () => void;
  /** This phone's nickname at a shared table, so its own lines say "you". */
  you?: string | undefined;
}

// A function, not a table built at import: `text` is refilled when the language loads or switches.
const problemText = (problem: LineProblem): string =>
  problem === "sold_out"
    ? text.cart.soldOut
    : problem === "invalid_options"
      ? text.cart.optionsChanged
      : text.cart.unavailable;

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
            {line.addedBy === you ? text.tableCart.addedByYou : text.tableCart.addedBy(line.addedBy)}
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
            label={text.cart.lineQuantity(name)}
          />
        )}
        <button
          type="button"
          className="text-button"
          onClick={onRemove}
          aria-label={text.cart.removeItem(name)}
        >
          {text.cart.remove}
        </button>
      </div>
    </li>
  );
}
