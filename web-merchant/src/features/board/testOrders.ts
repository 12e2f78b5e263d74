import type { Order } from "@tabletap/shared";

/** A schema-valid order for unit tests; override what the test is about. */
export function makeOrder(overrides: Partial<Order> & Pick<Order, "id" | "seq">): Order {
  const at = "2025-03-14T10:00:00.000Z";
  return {
    shopId: "shop_1",
    pickupNumber: 1,
    status: "placed",
    paymentStatus: "unpaid",
    paymentMethod: "counter",
    table: { id: "table_1", label: "T1", kind: "table" },
    lines: [],
    note: "",
    subtotal: 0,
    total: 0,
    currency: "EUR",
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
