import type { TableTab } from "@tabletap/shared";
import { Link } from "wouter";
import { Sheet } from "../../components/Sheet";
import { useMoney } from "../../lib/money";
import { getStoredOrder } from "../../lib/orderStore";
import { t } from "../language/i18n";

const notCharged = new Set(["cancelled", "expired"]);

interface TabSheetProps {
  tab: TableTab;
  placeLabel: string;
  onClose: () => void;
}

/** Every round of the table's sitting, newest last, with its status and the running total. */
export function TabSheet({ tab, placeLabel, onClose }: TabSheetProps) {
  const { format } = useMoney();
  const footer = (
    <>
      <div className="cart-total">
        <span>{t("tab.total")}</span>
        <span className="cart-total__amount" data-testid="tab-total">
          {format(tab.total)}
        </span>
      </div>
      <button type="button" className="primary-button" onClick={onClose}>
        {t("tab.orderMore")}
      </button>
    </>
  );
  return (
    <Sheet title={t("tab.title")} subtitle={placeLabel} onClose={onClose} footer={footer}>
      <p className="tab-hint">{t("tab.hint")}</p>
      {tab.rounds.length === 0 ? <p className="empty-hint">{t("tab.empty")}</p> : null}
      <ol className="tab-rounds" data-testid="tab-rounds">
        {tab.rounds.map((round, index) => (
          <li key={round.orderId} className="tab-round" data-testid="tab-round">
            <div className="tab-round__head">
              <p className="tab-round__title">
                {t("tab.round", { n: index + 1 })} ·{" "}
                {getStoredOrder(round.orderId) ? (
                  <Link href={`/orders/${encodeURIComponent(round.orderId)}`}>#{round.pickupNumber}</Link>
                ) : (
                  `#${round.pickupNumber}`
                )}
              </p>
              <span className={`tab-round__status tab-round__status--${round.status}`}>
                {t(`status.${round.status}`)}
              </span>
            </div>
            {round.submittedBy ? (
              <p className="tab-round__by">{t("tab.by", { name: round.submittedBy })}</p>
            ) : null}
            <ul className="tab-round__lines">
              {round.lines.map((line, lineIndex) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a round's lines never change order.
                <li key={lineIndex} className="tab-round__line">
                  <span>
                    {line.quantity} × {line.name}
                    {line.options.length > 0 ? (
                      <span className="tab-round__options"> · {line.options.join(" · ")}</span>
                    ) : null}
                  </span>
                  <span>{format(line.lineTotal)}</span>
                </li>
              ))}
            </ul>
            <p className="tab-round__total">
              {notCharged.has(round.status) ? (
                <span className="tab-round__void">{t("tab.notCharged")}</span>
              ) : null}
              <span>{format(round.total)}</span>
            </p>
          </li>
        ))}
      </ol>
    </Sheet>
  );
}
