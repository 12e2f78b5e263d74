/** Order lifecycle. `pending_payment` is used by pay-first shops; pay-at-counter orders start `placed`. */
export const orderStatuses = [
  "pending_payment",
  "placed",
  "accepted",
  "preparing",
  "ready",
  "completed",
  "cancelled",
  "expired",
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

const transitions: Record<OrderStatus, readonly OrderStatus[]> = {
  pending_payment: ["placed", "cancelled", "expired"],
  placed: ["accepted", "cancelled"],
  accepted: ["preparing", "ready", "cancelled"],
  preparing: ["ready", "cancelled"],
  ready: ["completed", "cancelled"],
  completed: [],
  cancelled: [],
  expired: [],
};

/** Statuses staff may set from the console. */
export const staffSettableStatuses = ["accepted", "preparing", "ready", "completed", "cancelled"] as const;
export type StaffSettableStatus = (typeof staffSettableStatuses)[number];

export const canTransition = (from: OrderStatus, to: OrderStatus): boolean => transitions[from].includes(to);

export const nextStatuses = (from: OrderStatus): readonly OrderStatus[] => transitions[from];

export const isFinal = (status: OrderStatus): boolean => transitions[status].length === 0;

/** The statuses shown as columns on the merchant board, in order. */
export const boardStatuses = [
  "placed",
  "accepted",
  "preparing",
  "ready",
  "completed",
] as const satisfies readonly OrderStatus[];
