import type {
  BoardSettings,
  CartSubmitted,
  DailySummary,
  DinerNotification,
  DinerServerToClient,
  MenuChange,
  MerchantServerToClient,
  MerchantTable,
  Order,
  PaymentAlert,
  Printer,
  PrintTicket,
  ServiceRequest,
  TableCart,
  TabSummary,
} from "@tabletap/shared";
import { menuRoom, orderRoom, shopRoom, tableRoom } from "./rooms.js";

// biome-ignore lint/suspicious/noExplicitAny: the shape of Socket.IO's own events maps.
type EventsMap = Record<string, any>;

/**
 * The part of a Socket.IO namespace (in-process) or a Redis Emitter (worker process) that publishing needs,
 * typed by the namespace's events map, so API nodes and workers announce the same events the same way.
 */
export interface RoomEmitter<Events extends EventsMap> {
  to(room: string): {
    emit<Name extends keyof Events & string>(event: Name, ...args: Parameters<Events[Name]>): unknown;
  };
}

/** Where each audience listens: staff boards on `/merchant`, diners' phones on `/diner`. */
export interface Audiences {
  merchant: RoomEmitter<MerchantServerToClient>;
  diner: RoomEmitter<DinerServerToClient>;
}

export interface Publisher {
  orderCreated(order: Order): void;
  orderUpdated(order: Order): void;
  dinerNotified(notification: DinerNotification): void;
  paymentAlert(shopId: string, alert: PaymentAlert): void;
  tableUpdated(shopId: string, table: MerchantTable): void;
  boardSettingsUpdated(shopId: string, settings: BoardSettings): void;
  menuChanged(shopId: string, change: MenuChange): void;
  dayClosed(shopId: string, summary: DailySummary): void;
  /** The table's shared cart changed outside a socket event (an order emptied it, staff closed the table). */
  tableCartUpdated(tableId: string, cart: TableCart): void;
  cartSubmitted(tableId: string, submitted: CartSubmitted): void;
  /** The table's tab changed (staff closed the table); order changes announce it themselves. */
  tabChanged(tableId: string): void;
  /** A table's bill changed: the shop's boards and the table's phones take the summary. */
  tabBillUpdated(shopId: string, summary: TabSummary): void;
  /** A table called staff: the shop's boards alert, the table's phones show it sent. */
  serviceRequestCreated(shopId: string, request: ServiceRequest): void;
  /** A call was acknowledged or turned urgent: boards and the table's phones take the new state. */
  serviceRequestUpdated(shopId: string, request: ServiceRequest): void;
  /** A printer's state or settings changed: the boards' printer banner. */
  printerUpdated(shopId: string, printer: Printer): void;
  /** A kitchen ticket printed or failed. */
  printTicketUpdated(shopId: string, ticket: PrintTicket): void;
}

export function createPublisher(audiences: Audiences): Publisher {
  const merchant = () => audiences.merchant;
  const diner = () => audiences.diner;
  // Carries no order data, so a phone at the table learns nothing it could not read from its own tab.
  const tabChangedBy = (order: Order) => {
    if (order.table.kind === "table")
      diner().to(tableRoom(order.table.id)).emit("tab:changed", { tableId: order.table.id });
  };
  return {
    orderCreated(order) {
      merchant().to(shopRoom(order.shopId)).emit("order:created", order);
      tabChangedBy(order);
    },
    orderUpdated(order) {
      merchant().to(shopRoom(order.shopId)).emit("order:updated", order);
      diner().to(orderRoom(order.id)).emit("order:updated", order);
      tabChangedBy(order);
    },
    dayClosed(shopId, summary) {
      merchant().to(shopRoom(shopId)).emit("report:day-closed", summary);
    },
    paymentAlert(shopId, alert) {
      merchant().to(shopRoom(shopId)).emit("payment:alert", alert);
    },
    tableUpdated(shopId, table) {
      merchant().to(shopRoom(shopId)).emit("table:updated", table);
    },
    boardSettingsUpdated(shopId, settings) {
      merchant().to(shopRoom(shopId)).emit("board:settings-updated", settings);
    },
    menuChanged(shopId, change) {
      diner().to(menuRoom(shopId)).emit("menu:changed", change);
    },
    tableCartUpdated(tableId, cart) {
      diner().to(tableRoom(tableId)).emit("cart:updated", cart);
    },
    cartSubmitted(tableId, submitted) {
      diner().to(tableRoom(tableId)).emit("cart:submitted", submitted);
    },
    tabChanged(tableId) {
      diner().to(tableRoom(tableId)).emit("tab:changed", { tableId });
    },
    tabBillUpdated(shopId, summary) {
      merchant().to(shopRoom(shopId)).emit("tab:updated", summary);
      diner().to(tableRoom(summary.tableId)).emit("tab:bill-updated", summary);
    },
    serviceRequestCreated(shopId, request) {
      merchant().to(shopRoom(shopId)).emit("service-request:created", request);
      diner().to(tableRoom(request.tableId)).emit("service-request:updated", request);
    },
    serviceRequestUpdated(shopId, request) {
      merchant().to(shopRoom(shopId)).emit("service-request:updated", request);
      diner().to(tableRoom(request.tableId)).emit("service-request:updated", request);
    },
    printerUpdated(shopId, printer) {
      merchant().to(shopRoom(shopId)).emit("printer:updated", printer);
    },
    printTicketUpdated(shopId, ticket) {
      merchant().to(shopRoom(shopId)).emit("print-ticket:updated", ticket);
    },
    dinerNotified(notification) {
      diner().to(orderRoom(notification.orderId)).emit("notification:sent", notification);
    },
  };
}
