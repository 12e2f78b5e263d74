import { t } from "../language/i18n";
import { useTableConnection } from "./useTableConnection";
import "./connection.css";

interface ConnectionBannerProps {
  tableToken: string;
  /** Dishes added while the connection was down, still waiting on this phone. */
  kept: number;
}

/**
 * On the menu page itself, not inside the cart: a diner who taps Add while the table's connection is down
 * sees at once that the dish is kept on the phone, and that it goes to the table's cart once back.
 * It follows the connection itself, so a change of connection redraws the banner, not the whole menu.
 */
export function ConnectionBanner({ tableToken, kept }: ConnectionBannerProps) {
  const connection = useTableConnection(tableToken, true);
  const state =
    connection === "offline"
      ? t("liveCart.offline")
      : connection === "reconnecting"
        ? t("liveCart.reconnecting")
        : null;
  if (state === null && kept === 0) return null;
  return (
    <div className="connection-banner" role="status" data-testid="connection-banner" data-state={connection}>
      {state ? <p className="connection-banner__state">{state}</p> : null}
      {kept > 0 ? (
        <p className="connection-banner__kept" data-testid="kept-count">
          {t("liveCart.kept", { count: kept })}
        </p>
      ) : null}
    </div>
  );
}
