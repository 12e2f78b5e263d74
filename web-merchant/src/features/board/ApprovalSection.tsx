import type { Order } from "@tabletap/shared";
import { type ColumnContext, OrderCards } from "./OrderColumn";

/**
 * Orders from a table nobody has opened wait here, above the new lane, until staff approve them (they go
 * to the kitchen and the table opens) or reject them with a reason. They are not the kitchen's until then.
 */
export function ApprovalSection({ orders, context }: { orders: Order[]; context: ColumnContext }) {
  if (orders.length === 0) return null;
  return (
    <section className="approval" data-testid="column-approval" aria-labelledby="approval-title">
      <h3 className="approval-head" id="approval-title">
        <span>To approve</span>
        <span className="column-count">{orders.length}</span>
      </h3>
      <p className="approval-hint">From a table that is not open. Approve to send it to the kitchen.</p>
      <OrderCards orders={orders} context={context} />
    </section>
  );
}
