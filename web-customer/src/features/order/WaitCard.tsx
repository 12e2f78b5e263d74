import type { WaitEstimate } from "@tabletap/shared";
import { text } from "../../lib/text";

/** "About 10–15 min", with why: the shop's recent orders (or a first guess) and the queue ahead. */
export function WaitCard({ estimate }: { estimate: WaitEstimate }) {
  return (
    <section className="card wait-card" aria-labelledby="wait-title" data-testid="wait-estimate">
      <h2 id="wait-title" className="card__title">
        {text.wait.title}
      </h2>
      <p className="wait-card__range">{text.wait.range(estimate.fromMinutes, estimate.toMinutes)}</p>
      <p className="wait-card__detail">
        {text.wait.ahead(estimate.ordersAhead)} ·{" "}
        {estimate.basis === "recent_orders" ? text.wait.basisHistory : text.wait.basisDefault}
      </p>
    </section>
  );
}
