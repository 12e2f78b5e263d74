import type { DayRange, SalesBreakdown, SalesReport } from "@tabletap/shared";
import type { ReactNode } from "react";
import { paymentLabel } from "./labels";
import { reportsApi } from "./reportsApi";

interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  numeric?: boolean;
}

function Breakdown<T>(props: {
  title: string;
  breakdown: SalesBreakdown;
  range: DayRange;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
}) {
  return (
    <section className="panel breakdown" aria-label={props.title}>
      <header className="breakdown-head">
        <h2>{props.title}</h2>
        <a
          className="button button-quiet csv-link"
          href={reportsApi.csvUrl(props.range, props.breakdown)}
          download
        >
          CSV
        </a>
      </header>
      {props.rows.length === 0 ? (
        <p className="empty-note">No sales in this period.</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                {props.columns.map((c) => (
                  <th key={c.header} className={c.numeric ? "num" : undefined} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr key={props.rowKey(row)}>
                  {props.columns.map((c) => (
                    <td key={c.header} className={c.numeric ? "num" : undefined}>
                      {c.cell(row)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Every breakdown as a table with its own CSV download. */
export function BreakdownTables(props: {
  report: SalesReport;
  range: DayRange;
  money: (minor: number) => string;
}) {
  const { report, range, money } = props;
  const amount = { orders: "Orders", net: "Net sales" };
  return (
    <div className="breakdown-grid">
      <Breakdown
        title="Items"
        breakdown="items"
        range={range}
        rows={report.items}
        rowKey={(r) => r.itemId}
        columns={[
          { header: "Item", cell: (r) => r.name },
          { header: "Category", cell: (r) => r.category },
          { header: "Sold", cell: (r) => r.quantity, numeric: true },
          { header: "Sales", cell: (r) => money(r.sales), numeric: true },
        ]}
      />
      <Breakdown
        title="Categories"
        breakdown="categories"
        range={range}
        rows={report.categories}
        rowKey={(r) => r.category}
        columns={[
          { header: "Category", cell: (r) => r.category },
          { header: "Sold", cell: (r) => r.quantity, numeric: true },
          { header: "Sales", cell: (r) => money(r.sales), numeric: true },
        ]}
      />
      <Breakdown
        title="Tables"
        breakdown="tables"
        range={range}
        rows={report.tables}
        rowKey={(r) => r.tableId}
        columns={[
          { header: "Table", cell: (r) => r.label },
          { header: amount.orders, cell: (r) => r.orders, numeric: true },
          { header: amount.net, cell: (r) => money(r.net), numeric: true },
        ]}
      />
      <Breakdown
        title="Payment methods"
        breakdown="payments"
        range={range}
        rows={report.payments}
        rowKey={(r) => r.method}
        columns={[
          { header: "Method", cell: (r) => paymentLabel(r.method) },
          { header: amount.orders, cell: (r) => r.orders, numeric: true },
          { header: amount.net, cell: (r) => money(r.net), numeric: true },
        ]}
      />
      <Breakdown
        title="Hours of the day"
        breakdown="hours"
        range={range}
        rows={report.hours.filter((h) => h.orders > 0)}
        rowKey={(r) => String(r.hour)}
        columns={[
          { header: "Hour", cell: (r) => `${String(r.hour).padStart(2, "0")}:00` },
          { header: amount.orders, cell: (r) => r.orders, numeric: true },
          { header: amount.net, cell: (r) => money(r.net), numeric: true },
        ]}
      />
      <Breakdown
        title="Days"
        breakdown="days"
        range={range}
        rows={report.days}
        rowKey={(r) => r.day}
        columns={[
          { header: "Day", cell: (r) => r.day },
          { header: amount.orders, cell: (r) => r.orders, numeric: true },
          { header: amount.net, cell: (r) => money(r.net), numeric: true },
        ]}
      />
    </div>
  );
}
