import { t } from "../language/i18n";
import type { PriceChange } from "./usePriceChanges";

/** Says which dishes changed price while the cart was open, old price struck through. */
export function PriceChangeNotice(props: {
  changes: PriceChange[];
  format: (minor: number) => string;
  onAcknowledge: () => void;
}) {
  if (props.changes.length === 0) return null;
  return (
    <div className="price-change-notice" role="status" data-testid="price-change-notice">
      <p>{t("cart.priceChanged")}</p>
      <ul>
        {props.changes.map((change) => (
          <li key={change.key}>
            {change.name}: <s>{props.format(change.before)}</s> →{" "}
            <strong>{props.format(change.after)}</strong>
          </li>
        ))}
      </ul>
      <button type="button" className="text-button" onClick={props.onAcknowledge}>
        {t("cart.priceChangedOk")}
      </button>
    </div>
  );
}
