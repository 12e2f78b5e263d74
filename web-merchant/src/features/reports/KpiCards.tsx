import type { SalesTotals } from "@tabletap/shared";
import { changeLabel } from "./change";

const cards: {
  key: keyof SalesTotals;
  label: string;
  money: boolean;
  hint: string;
  lowerIsBetter?: boolean;
}[] = [
  { key: "net", label: "Net sales", money: true, hint: "Gross − discounts − refunds" },
  { key: "gross", label: "Gross sales", money: true, hint: "Menu prices of everything sold" },
  { key: "orders", label: "Orders", money: false, hint: "Sales that stand (not cancelled)" },
  { key: "averageTicket", label: "Average ticket", money: true, hint: "Net sales per order" },
  { key: "discounts", label: "Discounts", money: true, hint: "Coupons", lowerIsBetter: true },
  { key: "refunds", label: "Refunds", money: true, hint: "Paid orders cancelled", lowerIsBetter: true },
  { key: "tips", label: "Tips", money: true, hint: "Kept apart from sales" },
  {
    key: "cancellations",
    label: "Cancellations",
    money: false,
    hint: "Orders cancelled",
    lowerIsBetter: true,
  },
];

/** The headline figures, each with its change against the previous period. */
export function KpiCards(props: {
  totals: SalesTotals;
  previous: SalesTotals;
  money: (minor: number) => string;
}) {
  return (
    <section className="kpi-grid" aria-label="Totals">
      {cards.map((card) => {
        const value = props.totals[card.key];
        const change = changeLabel(value, props.previous[card.key]);
        const good =
          change.trend === "flat" ? "flat" : (change.trend === "up") !== Boolean(card.lowerIsBetter);
        return (
          <article key={card.key} className={card.key === "net" ? "kpi kpi-lead" : "kpi"} data-kpi={card.key}>
            <h3>{card.label}</h3>
            <p className="kpi-value">{card.money ? props.money(value) : value.toLocaleString()}</p>
            <p className="kpi-foot">
              <span className={`kpi-change is-${good === "flat" ? "flat" : good ? "good" : "bad"}`}>
                {change.text}
              </span>
              <span className="kpi-hint">{card.hint}</span>
            </p>
          </article>
        );
      })}
    </section>
  );
}
