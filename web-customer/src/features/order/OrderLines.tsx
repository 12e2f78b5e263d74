import type { Order } from "@tabletap/shared";
import { useMoney } from "../../lib/money";
import { text } from "../../lib/text";

/** What was ordered, with the names and prices the server snapshotted when the order was placed. */
export function OrderLines({ order }: { order: Order }) {
  const { format } = useMoney();
  return (
    <section className="card" aria-labelledby="order-items-title">
      <h2 id="order-items-title" className="card__title">
        {text.order.itemsTitle}
      </h2>
      <ul className="order-lines">
        {order.lines.map((line) => (
          <li key={line.id} className="order-line">
            <span className="order-line__quantity">{line.quantity}×</span>
            <div className="order-line__main">
              <p className="order-line__name">{line.name}</p>
              {line.options.length > 0 ? (
                <p className="order-line__options">{line.options.map((option) => option.name).join(" · ")}</p>
              ) : null}
              {line.note ? <p className="order-line__note">“{line.note}”</p> : null}
            </div>
            <span className="order-line__price">{format(line.lineTotal)}</span>
          </li>
        ))}
      </ul>
      {order.note ? <p className="order-note">“{order.note}”</p> : null}
      <div className="order-total">
        <span>{text.order.total}</span>
        <span>{format(order.total)}</span>
      </div>
    </section>
  );
}
