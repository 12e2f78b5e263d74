import { boardStatuses, localDay } from "@tabletap/shared";
import { useMemo } from "react";
import { useClock } from "../../lib/clock";
import { useStaffSession } from "../auth/session";
import { PaymentAlertBanner } from "../payments/PaymentAlertBanner";
import "../payments/payments.css";
import "./board.css";
import { buildBoard } from "./boardModel";
import { CancelledOrders } from "./CancelledOrders";
import { OrderColumn } from "./OrderColumn";
import { useOrderFeed } from "./OrderFeedProvider";

export function BoardPage() {
  const { shop } = useStaffSession();
  const { orders, freshIds, actionErrors, changeStatus, markPaid } = useOrderFeed();
  // Re-derive only when the shop's date rolls over, not on every clock tick.
  const today = useClock((now) => localDay(now, shop.timezone));
  const board = useMemo(() => buildBoard(orders, today, shop.timezone), [orders, today, shop.timezone]);
  const context = useMemo(
    () => ({
      freshIds,
      actionErrors,
      locale: shop.locale,
      timeZone: shop.timezone,
      onChangeStatus: changeStatus,
      onMarkPaid: markPaid,
    }),
    [freshIds, actionErrors, shop.locale, shop.timezone, changeStatus, markPaid],
  );

  return (
    <main className="board-page" aria-label="Order board">
      <PaymentAlertBanner />
      <div className="board">
        {boardStatuses.map((column) => (
          <OrderColumn key={column} status={column} orders={board.columns[column]} context={context}>
            {column === "completed" && <CancelledOrders orders={board.cancelled} context={context} />}
          </OrderColumn>
        ))}
      </div>
    </main>
  );
}
