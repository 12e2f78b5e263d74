import {
  boardStatuses,
  localDay,
  nextStatuses,
  type Order,
  placedTime,
  type StaffSettableStatus,
  staffSettableStatuses,
} from "@tabletap/shared";
import { matchesFilter, type TableFilter } from "./filters";
import type { OrderMap } from "./orderMap";

export type BoardStatus = (typeof boardStatuses)[number];

export const columnTitles: Record<BoardStatus, string> = {
  placed: "New",
  accepted: "Accepted",
  preparing: "Preparing",
  ready: "Ready",
  completed: "Completed",
};

/** Button text per target status. Browser tests select buttons by this exact text. */
export const actionLabels: Record<StaffSettableStatus, string> = {
  accepted: "Accept",
  preparing: "Start preparing",
  ready: "Mark ready",
  completed: "Complete",
  cancelled: "Cancel",
};

const isStaffSettable = (status: string): status is StaffSettableStatus =>
  (staffSettableStatuses as readonly string[]).includes(status);

/** Forward steps staff may take from here, most usual first (accepted → preparing before → ready). */
export function forwardActions(order: Order): StaffSettableStatus[] {
  return nextStatuses(order.status)
    .filter(isStaffSettable)
    .filter((status) => status !== "cancelled");
}

export const canCancel = (order: Order): boolean => nextStatuses(order.status).includes("cancelled");

export interface BoardView {
  columns: Record<BoardStatus, Order[]>;
  cancelled: Order[];
  /** Orders from a table nobody opened: staff approve or turn them away; not the kitchen's until then. */
  approval: Order[];
}

/**
 * Pay-first orders reach the kitchen only once paid. One whose money never came (still waiting, expired,
 * or cancelled first) was never the kitchen's business, so it stays off every column and the cancelled list.
 */
const neverPaidOnline = (order: Order): boolean =>
  order.paymentMethod === "online" && order.paymentStatus === "unpaid";

/** First come, first served, counted from when the kitchen got the order (payment, for pay-first). */
const byPlaced = (a: Order, b: Order) => placedTime(a).localeCompare(placedTime(b));
const byUpdatedDesc = (a: Order, b: Order) => b.updatedAt.localeCompare(a.updatedAt);

/**
 * Splits the board into columns. Active orders show however old they are (a forgotten order must stay
 * visible); finished ones only for the shop's current business day, because the console stays open
 * overnight. The business day is the day the order was placed, as on the server's board query.
 */
export function buildBoard(orders: OrderMap, today: string, timeZone: string): BoardView {
  const columns = Object.fromEntries(boardStatuses.map((status) => [status, [] as Order[]])) as Record<
    BoardStatus,
    Order[]
  >;
  const cancelled: Order[] = [];
  const approval: Order[] = [];
  for (const order of orders.values()) {
    if (neverPaidOnline(order)) continue;
    if (order.status === "placed" && order.needsApproval) {
      approval.push(order);
      continue;
    }
    if (order.status === "completed" || order.status === "cancelled") {
      if (localDay(new Date(order.createdAt), timeZone) !== today) continue;
      (order.status === "completed" ? columns.completed : cancelled).push(order);
    } else if (order.status !== "pending_payment" && order.status !== "expired") {
      columns[order.status].push(order);
    }
  }
  for (const status of boardStatuses) columns[status].sort(status === "completed" ? byUpdatedDesc : byPlaced);
  cancelled.sort(byUpdatedDesc);
  approval.sort(byPlaced);
  return { columns, cancelled, approval };
}

/** Every order the board shows, in any lane or list. */
export const boardOrders = (view: BoardView): Order[] => [
  ...view.approval,
  ...Object.values(view.columns).flat(),
  ...view.cancelled,
];

/** The same board narrowed to one table, or to takeaway. */
export function filterBoard(view: BoardView, filter: TableFilter): BoardView {
  if (filter.kind === "all") return view;
  const keep = (orders: Order[]) => orders.filter((order) => matchesFilter(order, filter));
  const columns = Object.fromEntries(
    Object.entries(view.columns).map(([status, orders]) => [status, keep(orders)]),
  ) as Record<BoardStatus, Order[]>;
  return { columns, cancelled: keep(view.cancelled), approval: keep(view.approval) };
}
