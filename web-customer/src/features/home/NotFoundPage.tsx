import { Link } from "wouter";
import { QrIcon } from "../../components/Icons";
import { StatusScreen } from "../../components/StatusScreen";
import { listStoredOrders } from "../../lib/orderStore";
import { t } from "../language/i18n";
import { LanguageSwitch } from "../language/LanguageSwitch";

/** Unknown paths and mangled links: say so in the diner's language and offer a way on. */
export function NotFoundPage() {
  const hasOrders = listStoredOrders().length > 0;
  return (
    <>
      <div className="screen-corner">
        <LanguageSwitch />
      </div>
      <StatusScreen
        icon={<QrIcon />}
        title={t("notFound.title")}
        action={
          <>
            {hasOrders ? (
              <Link href="/orders" className="secondary-button">
                {t("notFound.orders")}
              </Link>
            ) : null}
            <Link href="/" className="secondary-button">
              {t("notFound.home")}
            </Link>
          </>
        }
      >
        <p>{t("notFound.body")}</p>
      </StatusScreen>
    </>
  );
}
