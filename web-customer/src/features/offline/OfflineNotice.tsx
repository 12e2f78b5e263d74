import { t } from "../language/i18n";
import { useOnline } from "./useOnline";
import "./offline.css";

interface OfflineNoticeProps {
  /** On a menu the diner is about to order from, the warning is about prices, not the page. */
  onMenu: boolean;
  /**
   * The menu on screen is the service worker's saved copy: this notice then covers a stalled network the
   * phone still calls online, and the app-wide one (without it) a phone that knows it is offline.
   */
  savedCopy?: boolean;
}

/** Says plainly that the phone is offline, for as long as it is, over whatever the page still shows. */
export function OfflineNotice({ onMenu, savedCopy = false }: OfflineNoticeProps) {
  const online = useOnline();
  if (savedCopy ? !online : online) return null;
  return (
    <p className="offline-notice" role="status" data-testid="offline-notice">
      {onMenu ? t("offline.menu") : t("offline.page")}
    </p>
  );
}
