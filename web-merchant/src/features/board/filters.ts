import type { Order } from "@tabletap/shared";

/** Which orders the board shows: all, takeaway (the counter code), or one table's. */
export type TableFilter = { kind: "all" } | { kind: "counter" } | { kind: "table"; tableId: string };

export const ALL_TABLES: TableFilter = { kind: "all" };

export function matchesFilter(order: Order, filter: TableFilter): boolean {
  switch (filter.kind) {
    case "all":
      return true;
    case "counter":
      return order.table.kind === "counter";
    case "table":
      return order.table.id === filter.tableId;
  }
}

export interface FilterOption {
  filter: TableFilter;
  label: string;
  count: number;
}

const labelOrder = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/**
 * The filter chips: "All", "Takeaway" when any counter order is on the board, then each table with an
 * order on the board in natural label order (T2 before T10). Counts are of the orders passed in.
 */
export function filterOptions(orders: Iterable<Order>): FilterOption[] {
  let all = 0;
  let counter = 0;
  const tables = new Map<string, { label: string; count: number }>();
  for (const order of orders) {
    all += 1;
    if (order.table.kind === "counter") {
      counter += 1;
      continue;
    }
    const entry = tables.get(order.table.id) ?? { label: order.table.label, count: 0 };
    entry.count += 1;
    tables.set(order.table.id, entry);
  }
  const options: FilterOption[] = [{ filter: ALL_TABLES, label: "All", count: all }];
  if (counter > 0) options.push({ filter: { kind: "counter" }, label: "Takeaway", count: counter });
  const sorted = [...tables.entries()].sort(([, a], [, b]) => labelOrder.compare(a.label, b.label));
  for (const [tableId, { label, count }] of sorted) {
    options.push({ filter: { kind: "table", tableId }, label, count });
  }
  return options;
}

export const sameFilter = (a: TableFilter, b: TableFilter): boolean =>
  a.kind === b.kind && (a.kind !== "table" || (b.kind === "table" && a.tableId === b.tableId));
