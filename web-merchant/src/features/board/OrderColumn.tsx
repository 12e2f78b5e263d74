import type { Order } from "@tabletap/shared";
import type { ReactNode } from "react";
import type { MarkPaid } from "../payments/CounterPayment";
import type { Urgency } from "./alerts";
import { type BoardStatus, columnTitles } from "./boardModel";
import type { Approve, ChangeStatus } from "./OrderActions";
import { type OpenOrder, OrderCard } from "./OrderCard";

export interface ColumnContext {
  urgencyOf: (order: Order) => Urgency;
  actionErrors: ReadonlyMap<string, string>;
  locale: string;
  timeZone: string;
  escalateAfterMs: number;
  onChangeStatus: ChangeStatus;
  onApprove: Approve;
  onMarkPaid: MarkPaid;
  onOpen: OpenOrder;
  /** The station this tablet is, whose bump each card offers; undefined on an every-station board. */
  station?: { id: string; name: string } | undefined;
  onStationDone?: ((order: Order) => void) | undefined;
}

const emptyText: Record<BoardStatus, string> = {
  placed: "No new orders. New ones appear here with a chime.",
  accepted: "Nothing accepted and waiting.",
  preparing: "Nothing in preparation.",
  ready: "Nothing waiting for pickup.",
  completed: "No completed orders yet today.",
};

export function OrderCards({ orders, context }: { orders: Order[]; context: ColumnContext }) {
  return orders.map((order) => (
    <OrderCard
      key={order.id}
      order={order}
      urgency={context.urgencyOf(order)}
      error={context.actionErrors.get(order.id)}
      locale={context.locale}
      timeZone={context.timeZone}
      escalateAfterMs={context.escalateAfterMs}
      onChangeStatus={context.onChangeStatus}
      onApprove={context.onApprove}
      onMarkPaid={context.onMarkPaid}
      onOpen={context.onOpen}
      station={context.station}
      onStationDone={context.onStationDone}
    />
  ));
}

export function OrderColumn(props: {
  status: BoardStatus;
  orders: Order[];
  context: ColumnContext;
  /** Shown above the lane's cards (the approval section in the new lane). */
  before?: ReactNode;
  children?: ReactNode;
}) {
  const { status, orders, context, before, children } = props;
  const titleId = `column-title-${status}`;
  return (
    <section className={`column column-${status}`} data-testid={`column-${status}`} aria-labelledby={titleId}>
      <h2 className="column-head" id={titleId}>
        <span>{columnTitles[status]}</span>
        <span className="column-count">{orders.length}</span>
      </h2>
      <div className="column-body">
        {before}
        {orders.length === 0 && <p className="column-empty">{emptyText[status]}</p>}
        <OrderCards orders={orders} context={context} />
        {children}
      </div>
    </section>
  );
}
