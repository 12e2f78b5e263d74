import type { TableTab } from "@tabletap/shared";
import { useMoney } from "../../lib/money";
import { t } from "../language/i18n";

/** Under the menu header once the table has ordered: how many rounds, how much so far; opens the tab. */
export function TabButton({ tab, onOpen }: { tab: TableTab; onOpen: () => void }) {
  const { format } = useMoney();
  return (
    <button type="button" className="tab-button" data-testid="tab-button" onClick={onOpen}>
      <span className="tab-button__label">{t("tab.button")}</span>
      <span className="tab-button__meta">
        {t("tab.rounds", { count: tab.rounds.length })} · {format(tab.total)}
      </span>
    </button>
  );
}
