import { CloseIcon } from "../../components/Icons";
import { text } from "../../lib/text";
import type { NotAdded } from "./useQueuedAdds";
import "./connection.css";

interface NotAddedNoticeProps {
  notAdded: NotAdded[];
  onDismiss: () => void;
}

/** Names each dish kept offline that the table's cart refused once it was sent, with the reason. */
export function NotAddedNotice({ notAdded, onDismiss }: NotAddedNoticeProps) {
  return (
    <div className="not-added-notice" role="alert" data-testid="not-added">
      <ul className="not-added-notice__list">
        {notAdded.map((entry) => (
          <li key={entry.lineId}>{text.liveCart.notAdded(entry.name, entry.code)}</li>
        ))}
      </ul>
      <button
        type="button"
        className="icon-button not-added-notice__close"
        onClick={onDismiss}
        aria-label={text.tableCart.dismiss}
      >
        <CloseIcon />
      </button>
    </div>
  );
}
