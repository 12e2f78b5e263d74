import { Link } from "wouter";
import { AlertIcon } from "../../components/Icons";
import { ReceiptIcon } from "../../components/PageIcons";
import { LoadingScreen, StatusScreen } from "../../components/StatusScreen";
import { MoneyProvider } from "../../lib/money";
import { findOrderByReceipt } from "../../lib/orderStore";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { t } from "../language/i18n";
import "../language/pageWords";
import { LanguageSwitch } from "../language/LanguageSwitch";
import { EmailReceiptForm } from "./EmailReceiptForm";
import { ReceiptView } from "./ReceiptView";
import { ShareReceipt } from "./ShareReceipt";
import { useReceipt } from "./useReceipt";
import "./receipt.css";

/** `/r/:token`: a receipt anyone with the link can open, on any phone, with nothing stored beforehand. */
export function ReceiptPage({ receiptToken }: { receiptToken: string }) {
  const loaded = useReceipt(receiptToken);
  useDocumentTitle(
    loaded.state === "ready" ? `${t("receipt.title")} · ${loaded.receipt.shop.name}` : t("receipt.title"),
  );
  if (loaded.state === "loading") return <LoadingScreen label={t("receipt.loading")} />;
  if (loaded.state === "missing") {
    return (
      <StatusScreen icon={<ReceiptIcon />} title={t("receipt.notFoundTitle")} tone="warning">
        <p>{t("receipt.notFoundBody")}</p>
      </StatusScreen>
    );
  }
  if (loaded.state === "failed") {
    return (
      <StatusScreen
        icon={<AlertIcon />}
        title={t("receipt.notFoundTitle")}
        tone="warning"
        action={
          <button type="button" className="primary-button" onClick={loaded.retry}>
            {t("common.retry")}
          </button>
        }
      >
        <p>{loaded.message}</p>
      </StatusScreen>
    );
  }
  const { receipt } = loaded;
  // Only the phone that placed the order knows which order this is, and may have it emailed.
  const own = findOrderByReceipt(receiptToken);
  return (
    <MoneyProvider currency={receipt.currency} locale={receipt.shop.locale}>
      <main className="receipt-page">
        <div className="receipt-page__language">
          <LanguageSwitch />
        </div>
        <ReceiptView receipt={receipt} />
        <ShareReceipt shopName={receipt.shop.name} />
        <p className="receipt-page__privacy">{t("receipt.privacy")}</p>
        {own ? <EmailReceiptForm orderId={own.id} orderToken={own.orderToken} /> : null}
        {own ? (
          <Link href="/orders" className="secondary-button">
            {t("history.allOrders")}
          </Link>
        ) : null}
      </main>
    </MoneyProvider>
  );
}
