import { QrIcon } from "../../components/Icons";
import { StatusScreen } from "../../components/StatusScreen";
import { t } from "../language/i18n";

/**
 * An unknown, switched-off or replaced QR code: nothing to order from. A replaced code (an old print, or a
 * photo of one) gets its own words, because the working code is usually right there on the table.
 */
export function InactiveTable({ replaced = false }: { replaced?: boolean }) {
  const words = replaced ? "menu.replaced" : "menu.inactive";
  return (
    <StatusScreen icon={<QrIcon />} title={t(`${words}.title`)} tone="warning">
      <p>{t(`${words}.body`)}</p>
    </StatusScreen>
  );
}
