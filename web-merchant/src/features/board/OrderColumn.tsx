import type { Order } from "@tabletap/shared";
import type { ReactNode } from "react";
import type { MarkPaid } from "../payments/CounterPayment";
import { type BoardStatus, columnTitles } from "./boardModel";
import type { ChangeStatus } from "./OrderActions";
import { OrderCard } from "./OrderCard";

export interface ColumnContext {
  freshIds: ReadonlySet<string>;
  actionErrors: ReadonlyMap<string, string>;
  locale: string;
  timeZone: string;
  onChangeStatus: ChangeStatus;
  onMarkPaid: MarkPaid;
}

const emptyText: Record<BoardStatus, string> = {
  placed: "No new orders. New ones appear here with a chime.",
  accepted: "Nothing accepted and waiting.",
  preparing: "Nothing in preparation.",
  ready: "Nothing waiting for pickup.",
  completed: "No completed orders yet today.",
};

export function OrderColumn(props: {
  status: BoardStatus;
  orders: Order[];
  context: ColumnContext;
  children?: ReactNode;
}) {
  const { status, orders, context, children } = props;
  const titleId = `column-title-${status}`;
  return (
    <section className={`column column-${status}`} data-testid={`column-${status}`} aria-labelledby={titleId}>
      <h2 className="column-head" id={titleId}>
        <span>{columnTitles[status]}</span>
        <span className="column-count">{orders.length}</span>
      </h2>
      <div className="column-body">
        {orders.length === 0 && <p className="column-empty">{emptyText[status]}</p>}
        {orders.map((order) => (
          <OrderCard
            key={order.id}
            order={order}
            fresh={context.freshIds.has(order.id)}
            error={context.actionErrors.get(order.id)}
            locale={context.locale}
            timeZone={context.timeZone}
            onChangeStatus={context.onChangeStatus}
            onMarkPaid={context.onMarkPaid}
          />
        ))}
        {children}
      </div>
    </section>
  );
}
