import { Link } from "wouter";
import { ChevronLeftIcon, ReceiptIcon } from "../../components/PageIcons";
import { useDocumentTitle } from "../../lib/useDocumentTitle";
import { t } from "../language/i18n";
import "../language/pageWords";
import { LanguageSwitch } from "../language/LanguageSwitch";
import { useOpenReceipt } from "../receipt/useOpenReceipt";
import { HistoryEntryCard } from "./HistoryEntryCard";
import { useOrderHistory } from "./useOrderHistory";
import "./history.css";

/** `/orders`: every order this phone remembers. Nothing here lives on a server account; there is none. */
export function HistoryPage() {
  useDocumentTitle(t("history.title"));
  const history = useOrderHistory();
  const receipt = useOpenReceipt();
  return (
    <div className="history-page">
      <header className="history-header">
        <Link href="/" className="icon-button" aria-label={t("notFound.home")}>
          <ChevronLeftIcon />
        </Link>
        <div>
          <h1 className="history-header__title">{t("history.title")}</h1>
          <p className="history-header__privacy">{t("history.privacy")}</p>
        </div>
        <div className="history-header__language">
          <LanguageSwitch />
        </div>
      </header>
      <main className="history-main">
        {history.entries.length === 0 ? (
          <div className="history-empty">
            <div className="status-screen__icon">
              <ReceiptIcon />
            </div>
            <h2 className="history-empty__title">{t("history.emptyTitle")}</h2>
            <p className="history-empty__body">{t("history.emptyBody")}</p>
          </div>
        ) : (
          <ul className="history-list">
            {history.entries.map((entry) => (
              <HistoryEntryCard
                key={entry.id}
                entry={entry}
                order={history.live[entry.id]}
                opening={receipt.opening === entry.id}
                error={receipt.error?.orderId === entry.id ? receipt.error.message : undefined}
                onReceipt={() => receipt.open(entry.id, entry.orderToken)}
                onRemove={() => history.remove(entry)}
              />
            ))}
          </ul>
        )}
      </main>
      {history.removed ? (
        <div className="history-undo" role="status">
          <span>{t("history.removed")}</span>
          <button type="button" className="text-button history-undo__button" onClick={history.undo}>
            {t("history.undo")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
