import type { Writable } from "node:stream";
import { shopClockTime } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { csvWriter, money } from "./csv.js";
import { exportedOrders } from "./exported-orders.repository.js";
import type { ShopRange } from "./sales-totals.js";

const PAGE = 2000;

// Times are the shop's own clock, named in the header, since the day column and the shop's hours are too.
const columnsFor = (currency: string, timeZone: string) => [
  { key: "businessDay", header: "Day" },
  { key: "createdAt", header: `Placed at (${timeZone})` },
  { key: "utcOffset", header: "UTC offset" },
  { key: "pickupNumber", header: "Number" },
  { key: "table", header: "Table" },
  { key: "status", header: "Status" },
  { key: "paymentStatus", header: "Payment status" },
  { key: "method", header: "Payment method" },
  { key: "counts", header: "Counts as" },
  { key: money("subtotal"), header: `Subtotal (${currency})` },
  { key: money("discount"), header: `Discount (${currency})` },
  { key: money("total"), header: `Total (${currency})` },
  { key: money("tip"), header: `Tip (${currency})` },
  { key: "orderId", header: "Order id" },
];

/** Every order of the range, whatever became of it, streamed page by page so a year never sits in memory. */
export async function writeOrdersCsv(
  db: Db,
  range: ShopRange,
  options: { currency: string; timeZone: string; digits: number; out: Writable },
): Promise<void> {
  const csv = csvWriter(columnsFor(options.currency, options.timeZone), options.digits);
  csv.pipe(options.out);
  let after: { createdAt: number; id: string } | undefined;
  for (;;) {
    const page = await exportedOrders(db, range, after, PAGE);
    for (const r of page) {
      const placed = shopClockTime(Number(r.createdAt), options.timeZone);
      const ok = csv.write({
        businessDay: r.businessDay,
        createdAt: placed.wall,
        utcOffset: placed.offset,
        pickupNumber: r.pickupNumber,
        table: r.label,
        status: r.status,
        paymentStatus: r.paymentStatus,
        method: r.paymentMethod === "online" ? "online" : (r.tender ?? "counter (unpaid)"),
        counts: r.counts,
        [money("subtotal")]: Number(r.subtotal),
        [money("discount")]: Number(r.discount),
        [money("total")]: Number(r.total),
        [money("tip")]: Number(r.tip),
        orderId: r.id,
      });
      if (!ok) await new Promise((resolve) => csv.once("drain", resolve));
    }
    const last = page.at(-1);
    if (page.length < PAGE || !last) break;
    after = { createdAt: Number(last.createdAt), id: last.id };
  }
  csv.end();
  await new Promise<void>((resolve, reject) => {
    options.out.once("finish", resolve);
    options.out.once("error", reject);
    csv.once("error", reject);
  });
}
