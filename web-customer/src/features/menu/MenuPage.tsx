import { AlertIcon } from "../../components/Icons";
import { LoadingScreen, StatusScreen } from "../../components/StatusScreen";
import { MoneyProvider } from "../../lib/money";
import { t } from "../language/i18n";
import { OfflineNotice } from "../offline/OfflineNotice";
import { InactiveTable } from "./InactiveTable";
import { MenuView } from "./MenuView";
import { useTableMenu } from "./useTableMenu";

/** `/t/:token`, the page a table's QR code opens. */
export function MenuPage({ tableToken }: { tableToken: string }) {
  const { state, reload } = useTableMenu(tableToken);

  switch (state.status) {
    case "loading":
      return <LoadingScreen label={t("menu.loading")} />;
    case "inactive":
      return <InactiveTable replaced={state.replaced} />;
    case "error":
      return (
        <StatusScreen
          icon={<AlertIcon />}
          title={t("menu.loadFailedTitle")}
          tone="warning"
          action={
            <button type="button" className="primary-button" onClick={reload}>
              {t("common.retry")}
            </button>
          }
        >
          <p>{state.message}</p>
        </StatusScreen>
      );
    case "ready":
      return (
        <MoneyProvider currency={state.menu.shop.currency} locale={state.menu.shop.locale}>
          {/* The app-wide notice covers a phone that knows it is offline; this one a stalled network. */}
          {state.savedCopy !== null ? <OfflineNotice onMenu savedCopy /> : null}
          <MenuView menu={state.menu} tableToken={tableToken} onMenuChanged={reload} />
        </MoneyProvider>
      );
  }
}
