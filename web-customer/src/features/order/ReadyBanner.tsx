import { BellIcon } from "../../components/PageIcons";
import { t } from "../language/i18n";

/** Loud on purpose: the one moment the diner must look up from their phone and walk to the counter. */
export function ReadyBanner() {
  return (
    <div className="ready-banner" role="alert">
      <span className="ready-banner__icon" aria-hidden="true">
        <BellIcon />
      </span>
      <div>
        <p className="ready-banner__title">{t("order.readyTitle")}</p>
        <p className="ready-banner__body">{t("order.readyBody")}</p>
      </div>
    </div>
  );
}
