import { QrIcon } from "../../components/Icons";
import { StatusScreen } from "../../components/StatusScreen";
import { text } from "../../lib/text";

/**
 * An unknown, switched-off or replaced QR code: nothing to order from. A replaced code (an old print, or a
 * photo of one) gets its own words, because the working code is usually right there on the table.
 */
export function InactiveTable({ replaced = false }: { replaced?: boolean }) {
  const copy = replaced ? text.menu.replaced : text.menu.inactive;
  return (
    <StatusScreen icon={<QrIcon />} title={copy.title} tone="warning">
      <p>{copy.body}</p>
    </StatusScreen>
  );
}
