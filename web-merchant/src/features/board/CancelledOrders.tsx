import type { Order } from "@tabletap/shared";
import type { ColumnContext } from "./OrderColumn";
import { OrderCards } from "./OrderColumn";

/** Cancelled orders stay out of the way, but staff can still look one up when a diner asks. */
export function CancelledOrders({ orders, context }: { orders: Order[]; context: ColumnContext }) {
  if (orders.length === 0) return null;
  return (
    <details
      className="cancelled"
      data-testid="column-cancelled"
      onToggle={(event) => {
        // Opening at the bottom of a long column would otherwise reveal nothing on screen.
        if (event.currentTarget.open)
          event.currentTarget.scrollIntoView({ block: "start", behavior: "smooth" });
      }}
    >
      <summary>Cancelled today ({orders.length})</summary>
      <OrderCards orders={orders} context={context} />
    </details>
  );
}
