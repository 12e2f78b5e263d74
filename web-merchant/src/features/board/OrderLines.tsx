import type { Order } from "@tabletap/shared";

/**
 * Diner-written notes are rendered as React text children, never as HTML: they come from the public
 * ordering page and must not be able to inject markup into the staff console.
 */
export function OrderLines({ order }: { order: Order }) {
  return (
    <>
      <ul className="order-lines">
        {order.lines.map((line) => (
          <li key={line.id}>
            <span className="line-main">
              <span className="line-qty">{line.quantity} ×</span> {line.name}
              {line.options.length > 0 && (
                <span className="line-options">
                  {" "}
                  ({line.options.map((option) => option.name).join(", ")})
                </span>
              )}
            </span>
            {line.note && <span className="line-note">{line.note}</span>}
          </li>
        ))}
      </ul>
      {order.note && (
        <p className="order-note">
          <span className="order-note-label">Note</span>
          {order.note}
        </p>
      )}
    </>
  );
}
