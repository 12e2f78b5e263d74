import type { ServiceRequest } from "@tabletap/shared";
import { t } from "../language/i18n";
import { kindName } from "./kindName";

/** Under the menu header at a table: the button that opens the sheet, and how the table's calls stand. */
export function CallStaffButton({ calls, onOpen }: { calls: ServiceRequest[]; onOpen: () => void }) {
  // One line per kind: its newest call, "Sent" until someone answers, then "On the way".
  const latest = calls.filter(
    (call, index) => calls.findIndex((other) => other.kind === call.kind) === index,
  );
  return (
    <div className="call-staff">
      <button type="button" className="call-staff__button" data-testid="call-staff" onClick={onOpen}>
        <span aria-hidden="true" className="call-staff__bell" />
        {t("callStaff.button")}
      </button>
      {latest.length > 0 ? (
        <ul className="call-staff__status" aria-live="polite" data-testid="call-staff-status">
          {latest.map((call) => (
            <li key={call.id} className={`call-staff__state call-staff__state--${call.status}`}>
              {kindName(call)} · {call.status === "open" ? t("callStaff.sent") : t("callStaff.onTheWay")}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
