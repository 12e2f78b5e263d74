import type { SalesBreakdown, SalesReport } from "@tabletap/shared";
import { money } from "./csv.js";

type Column = { key: string; header: string };
type Rows = Record<string, string | number>[];

/** Each breakdown of a report as CSV columns and rows (amounts in minor units; csv.ts formats them). */
export function breakdownTable(
  report: SalesReport,
  breakdown: SalesBreakdown,
): { columns: Column[]; rows: Rows } {
  const c = report.currency;
  const amountCols = (...keys: [string, string][]) =>
    keys.map(([key, header]) => ({ key: money(key), header: `${header} (${c})` }));
  switch (breakdown) {
    case "days":
      return {
        columns: [
          { key: "day", header: "Day" },
          { key: "orders", header: "Orders" },
          ...amountCols(["net", "Net sales"]),
        ],
        rows: report.days.map((d) => ({ day: d.day, orders: d.orders, [money("net")]: d.net })),
      };
    case "items":
      return {
        columns: [
          { key: "name", header: "Item" },
          { key: "category", header: "Category" },
          { key: "quantity", header: "Quantity" },
          ...amountCols(["sales", "Sales before discounts"]),
        ],
        rows: report.items.map((i) => ({
          name: i.name,
          category: i.category,
          quantity: i.quantity,
          [money("sales")]: i.sales,
        })),
      };
    case "categories":
      return {
        columns: [
          { key: "category", header: "Category" },
          { key: "quantity", header: "Quantity" },
          ...amountCols(["sales", "Sales before discounts"]),
        ],
        rows: report.categories.map((k) => ({
          category: k.category,
          quantity: k.quantity,
          [money("sales")]: k.sales,
        })),
      };
    case "hours":
      return {
        columns: [
          { key: "hour", header: `Hour (${report.timezone})` },
          { key: "orders", header: "Orders" },
          ...amountCols(["net", "Net sales"]),
        ],
        rows: report.hours.map((h) => ({
          hour: `${String(h.hour).padStart(2, "0")}:00`,
          orders: h.orders,
          [money("net")]: h.net,
        })),
      };
    case "tables":
      return {
        columns: [
          { key: "label", header: "Table" },
          { key: "orders", header: "Orders" },
          ...amountCols(["net", "Net sales"]),
        ],
        rows: report.tables.map((t) => ({ label: t.label, orders: t.orders, [money("net")]: t.net })),
      };
    case "payments":
      return {
        columns: [
          { key: "method", header: "Payment method" },
          { key: "orders", header: "Orders" },
          ...amountCols(["net", "Net sales"]),
        ],
        rows: report.payments.map((p) => ({ method: p.method, orders: p.orders, [money("net")]: p.net })),
      };
  }
}
