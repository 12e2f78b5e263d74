import { boardStatuses, can, localDay, type Order } from "@tabletap/shared";
import { useCallback, useMemo, useState } from "react";
import { Link } from "wouter";
import { useClock } from "../../lib/clock";
import { useStaffSession } from "../auth/session";
import { PaymentAlertBanner } from "../payments/PaymentAlertBanner";
import { PrinterBanner } from "../printing/PrinterBanner";
import "../payments/payments.css";
import "./board.css";
import { ApprovalSection } from "./ApprovalSection";
import { BoardSettingsDialog } from "./BoardSettingsDialog";
import { boardOrders, buildBoard, filterBoard } from "./boardModel";
import { CancelledOrders } from "./CancelledOrders";
import { ALL_TABLES, filterOptions, sameFilter, type TableFilter } from "./filters";
import { useOrderAlerts } from "./OrderAlertsProvider";
import { OrderColumn } from "./OrderColumn";
import { OrderDetail } from "./OrderDetail";
import { useOrderFeed } from "./OrderFeedProvider";
import { StationPicker } from "./stations/StationPicker";
import { stationOrders } from "./stations/stationBoard";
import { useStationChoice } from "./stations/useStationChoice";
import { TableFilterBar } from "./TableFilterBar";

export function BoardPage() {
  const { shop, staff } = useStaffSession();
  const { orders: allOrders, actionErrors, changeStatus, approve, markPaid, addOrder } = useOrderFeed();
  const { stations, station, choose } = useStationChoice();
  const stationId = station?.id ?? null;
  const orders = useMemo(() => stationOrders(allOrders, stationId), [allOrders, stationId]);
  const { urgencyOf, acknowledge, escalateAfterMs } = useOrderAlerts();
  const [filter, setFilter] = useState<TableFilter>(ALL_TABLES);
  const [detail, setDetail] = useState<{ id: string; cancelling: boolean } | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Re-derive only when the shop's date rolls over, not on every clock tick.
  const today = useClock((now) => localDay(now, shop.timezone));
  const fullBoard = useMemo(() => buildBoard(orders, today, shop.timezone), [orders, today, shop.timezone]);
  const options = useMemo(() => filterOptions(boardOrders(fullBoard)), [fullBoard]);
  // A table whose orders are all gone leaves its chip; the board then shows everything again.
  const activeFilter = options.some((option) => sameFilter(option.filter, filter)) ? filter : ALL_TABLES;
  const board = useMemo(() => filterBoard(fullBoard, activeFilter), [fullBoard, activeFilter]);

  const onOpen = useCallback(
    (order: Order, mode?: "cancel") => {
      acknowledge([order]);
      setDetail({ id: order.id, cancelling: mode === "cancel" });
    },
    [acknowledge],
  );
  const context = useMemo(
    () => ({
      urgencyOf,
      actionErrors,
      locale: shop.locale,
      timeZone: shop.timezone,
      escalateAfterMs,
      onChangeStatus: changeStatus,
      onApprove: approve,
      onMarkPaid: markPaid,
      onOpen,
      station: station ?? undefined,
      onStationDone: addOrder,
    }),
    [
      station,
      addOrder,
      urgencyOf,
      actionErrors,
      shop.locale,
      shop.timezone,
      escalateAfterMs,
      changeStatus,
      approve,
      markPaid,
      onOpen,
    ],
  );
  const detailOrder = detail ? orders.get(detail.id) : undefined;

  return (
    <main className="board-page" aria-label="Order board">
      <PaymentAlertBanner />
      <PrinterBanner />
      <div className="board-toolbar">
        <StationPicker stations={stations} value={station} onChange={choose} />
        <TableFilterBar options={options} value={activeFilter} onChange={setFilter} />
        <div className="board-tools">
          {can(staff.role, "menu.edit") && (
            <button type="button" className="button" onClick={() => setSettingsOpen(true)}>
              Settings
            </button>
          )}
          <Link href="/new-order" className="button button-primary new-order-link">
            + New order
          </Link>
        </div>
      </div>
      <div className="board">
        {boardStatuses.map((column) => (
          <OrderColumn
            key={column}
            status={column}
            orders={board.columns[column]}
            context={context}
            before={column === "placed" && <ApprovalSection orders={board.approval} context={context} />}
          >
            {column === "completed" && <CancelledOrders orders={board.cancelled} context={context} />}
          </OrderColumn>
        ))}
      </div>
      {detailOrder && detail && (
        <OrderDetail
          key={detailOrder.id}
          order={detailOrder}
          startCancelling={detail.cancelling}
          onClose={() => setDetail(null)}
        />
      )}
      {settingsOpen && <BoardSettingsDialog onClose={() => setSettingsOpen(false)} />}
    </main>
  );
}
