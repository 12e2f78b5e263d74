import { CloseIcon } from "../../components/Icons";
import { t } from "../language/i18n";
import type { NotAdded } from "./useQueuedAdds";
import "./connection.css";

interface NotAddedNoticeProps {
  notAdded: NotAdded[];
  onDismiss: () => void;
}

const REFUSALS_WITH_WORDS = [
  "sold_out",
  "not_available_now",
  "unknown_item",
  "invalid_options",
  "cart_full",
  "forbidden",
] as const;

/** A kept dish the server refused once sent; refusals without their own words read as "other". */
function notAddedWords(name: string, code: string): string {
  const because = REFUSALS_WITH_WORDS.find((known) => known === code) ?? "other";
  return t("liveCart.notAdded", { name, reason: t(`liveCart.notAddedBecause.${because}`) });
}

/** Names each dish kept offline that the table's cart refused once it was sent, with the reason. */
export function NotAddedNotice({ notAdded, onDismiss }: NotAddedNoticeProps) {
  return (
    <div className="not-added-notice" role="alert" data-testid="not-added">
      <ul className="not-added-notice__list">
        {notAdded.map((entry) => (
          <li key={entry.lineId}>{notAddedWords(entry.name, entry.code)}</li>
        ))}
      </ul>
      <button
        type="button"
        className="icon-button not-added-notice__close"
        onClick={onDismiss}
        aria-label={t("tableCart.dismiss")}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
