import { generateHistory } from "@tabletap/server/features/reports/history/generate-history";
import { createShop } from "@tabletap/server/features/shop-setup/create-shop";
import { demoMenu } from "@tabletap/server/features/shop-setup/demo-menu";
import { addDays, localDay, type SalesReport } from "@tabletap/shared";
import { login } from "../../support/api.js";
import { type Dialect, startTestServer } from "../../support/test-server.js";
import { atMost, type BenchSection, DIALECTS, knob, row } from "../section.js";
import { percentile } from "../stats.js";

/** Orders in the measured month; the month before gets as many, so the comparison reads real rows too. */
const MONTH_ORDERS = knob("BENCH_REPORT_ORDERS", 100_000);
const SAMPLES = knob("BENCH_REPORT_SAMPLES", 15);
const BUDGET_MS = 300;
// generateHistory makes weekends 40% busier: 30 days average about 1.11 weekday-days each.
const PER_DAY = Math.round(MONTH_ORDERS / 30 / 1.114);

/** GET /api/merchant/reports/sales for the last 30 days over ~100,000 orders (and as many before). */
async function monthReport(dialect: Dialect) {
  const server = await startTestServer({ dialect });
  try {
    const owner = { email: "owner@bench.test", password: "a long enough password" };
    const { shopId } = await createShop(server.db, {
      name: "Bench Bistro",
      slug: "bench",
      currency: "CNY",
      locale: "zh-CN",
      timezone: "Asia/Shanghai",
      paymentMode: "both",
      owner,
      tableCount: 30,
      menu: demoMenu,
      now: Date.now(),
    });
    const seeded = performance.now();
    // The month before (what the report compares with) at a quarter of the volume, then the month itself.
    const monthAgo = Date.now() - 30 * 86_400_000;
    await generateHistory(server.db, {
      shopId,
      days: 30,
      ordersPerDay: PER_DAY / 4,
      now: monthAgo,
      seed: 41,
    });
    await generateHistory(server.db, { shopId, days: 30, ordersPerDay: PER_DAY, now: Date.now(), seed: 42 });
    const seedSeconds = (performance.now() - seeded) / 1000;
    const to = addDays(localDay(Date.now(), "Asia/Shanghai"), -1);
    const from = addDays(to, -29);
    const cookie = await login(server.url, owner.email, owner.password);
    const url = `${server.url}/api/merchant/reports/sales?from=${from}&to=${to}`;
    const fetchReport = async () => {
      const started = performance.now();
      const response = await fetch(url, { headers: { Cookie: cookie } });
      const report = (await response.json()) as SalesReport;
      if (response.status !== 200) throw new Error(`report answered ${response.status}`);
      return { ms: performance.now() - started, report };
    };
    // The first report computes and stores every day's rollup; later ones reuse the unchanged days.
    const { ms: coldMs, report } = await fetchReport();
    const samples: number[] = [];
    for (let i = 0; i < SAMPLES; i++) samples.push((await fetchReport()).ms);
    const counted = await server.db
      .selectFrom("orders")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("shopId", "=", shopId)
      .where("businessDay", ">=", from)
      .where("businessDay", "<=", to)
      .executeTakeFirstOrThrow();
    if (report.totals.orders === 0) throw new Error("the report found no orders");
    const monthOrders = Number(counted.n);
    return { samples, monthOrders, seedSeconds, coldMs };
  } finally {
    await server.stop();
  }
}

export const reportsSection: BenchSection = {
  name: "reports",
  run: async () => {
    const rows = [];
    for (const dialect of DIALECTS) {
      const { samples, monthOrders, seedSeconds, coldMs } = await monthReport(dialect);
      const p95 = percentile(samples, 95);
      console.error(
        `bench: month sales report (${dialect}) over ${monthOrders} orders: p95 ${p95.toFixed(0)} ms, first (cold) ${coldMs.toFixed(0)} ms`,
      );
      rows.push(
        row({
          measure: `month sales report p95 (${dialect}, ${monthOrders} orders)`,
          value: p95,
          baseline: BUDGET_MS,
          unit: "ms (baseline: budget)",
          goal: atMost(1),
          details: { samples, p50: percentile(samples, 50), coldMs, seedSeconds },
        }),
      );
    }
    return rows;
  },
};
