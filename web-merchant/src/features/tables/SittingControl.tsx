import type { MerchantTable } from "@tabletap/shared";
import { formatClockTime } from "../../lib/time";
import { useStaffSession } from "../auth/session";

/** Whether guests are seated at the table, and the one button that changes it. */
export function SittingControl({
  table,
  busy,
  onOpen,
  onClose,
}: {
  table: MerchantTable;
  busy: boolean;
  onOpen: () => void;
  onClose: () => void;
}) {
  const { shop } = useStaffSession();
  const { sitting } = table;
  return (
    <div className={`sitting${sitting ? " is-open" : ""}`} data-testid="sitting">
      <span className="sitting-state">
        <span className="sitting-dot" aria-hidden="true" />
        {sitting ? `Open since ${formatClockTime(sitting.openedAt, shop.locale, shop.timezone)}` : "Closed"}
      </span>
      {sitting ? (
        <button type="button" className="button" disabled={busy} onClick={onClose}>
          Close table
        </button>
      ) : (
        <button type="button" className="button button-primary" disabled={busy} onClick={onOpen}>
          Open table
        </button>
      )}
    </div>
  );
}
