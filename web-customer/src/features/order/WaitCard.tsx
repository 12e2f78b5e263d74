import type { WaitEstimate } from "@tabletap/shared";
import { t } from "../language/i18n";

/** "About 10–15 min", with why: the shop's recent orders (or a first guess) and the queue ahead. */
export function WaitCard({ estimate }: { estimate: WaitEstimate }) {
  return (
    <section className="card wait-card" aria-labelledby="wait-title" data-testid="wait-estimate">
      <h2 id="wait-title" className="card__title">
        {t("wait.title")}
      </h2>
      <p className="wait-card__range">
        {t("wait.range", { from: estimate.fromMinutes, to: estimate.toMinutes })}
      </p>
      <p className="wait-card__detail">
        {estimate.ordersAhead === 0 ? t("wait.next") : t("wait.ahead", { count: estimate.ordersAhead })} ·{" "}
        {estimate.basis === "recent_orders" ? t("wait.basisHistory") : t("wait.basisDefault")}
      </p>
    </section>
  );
}
