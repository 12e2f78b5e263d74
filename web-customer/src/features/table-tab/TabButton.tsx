import type { TableTab } from "@tabletap/shared";
import { useMoney } from "../../lib/money";
import { text } from "../../lib/text";

/** Under the menu header once the table has ordered: how many rounds, how much so far; opens the tab. */
export function TabButton({ tab, onOpen }: { tab: TableTab; onOpen: () => void }) {
  const { format } = useMoney();
  return (
    <button type="button" className="tab-button" data-testid="tab-button" onClick={onOpen}>
      <span className="tab-button__label">{text.tab.button}</span>
      <span className="tab-button__meta">
        {text.tab.rounds(tab.rounds.length)} · {format(tab.total)}
      </span>
    </button>
  );
}
