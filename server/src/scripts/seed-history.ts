import { parseArgs } from "node:util";
import { addDays, localDay } from "@tabletap/shared";
import { SingleBar } from "cli-progress";
import { z } from "zod";
import { loadConfig } from "../config.js";
import { createDatabase } from "../db/database.js";
import { migrateToLatest, migrationSchema } from "../db/migrate.js";
import { dayRollups, generateHistory } from "../features/reports/index.js";
import { DEMO_SLUG, seedDemo } from "../features/shop-setup/index.js";
import { findShopBySlug } from "../features/shops/index.js";

const usage = "Usage: npm run seed:history -- [--days 90] [--shop demo] [--orders-per-day 150] [--seed N]";

const argsSchema = z.object({
  days: z.coerce.number().int().min(1).max(3660),
  shop: z.string().min(1),
  "orders-per-day": z.coerce.number().int().min(1).max(20_000),
  seed: z.coerce.number().int().optional(),
});

/** Fills a shop (the demo shop by default) with a realistic sales history for the days before today. */
async function main() {
  const { values } = parseArgs({
    options: {
      days: { type: "string", default: "90" },
      shop: { type: "string", default: DEMO_SLUG },
      "orders-per-day": { type: "string", default: "150" },
      seed: { type: "string" },
    },
  });
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => `--${i.path.join(".")}: ${i.message}`).join("\n"));
    console.error(usage);
    process.exit(2);
  }
  const args = parsed.data;
  const config = loadConfig();
  const db = createDatabase(config.database);
  try {
    await migrateToLatest(db, migrationSchema(config.database));
    if (args.shop === DEMO_SLUG)
      await seedDemo(db, { dataDir: config.dataDir, password: config.demoOwnerPassword, now: Date.now() });
    const shop = await findShopBySlug(db, args.shop);
    if (!shop) {
      console.error(`No shop with slug "${args.shop}". ${usage}`);
      process.exit(2);
    }
    const bar = new SingleBar({
      format: `${shop.name} {bar} {percentage}% | day {value}/{total} | {orders} orders | ETA {eta_formatted}`,
      hideCursor: true,
      // Also when piped (CI logs), a line every few seconds instead of nothing.
      noTTYOutput: true,
      notTTYSchedule: 3000,
    });
    bar.start(args.days, 0, { orders: 0 });
    const { orders } = await generateHistory(db, {
      shopId: shop.id,
      days: args.days,
      ordersPerDay: args["orders-per-day"],
      now: Date.now(),
      ...(args.seed === undefined ? {} : { seed: args.seed }),
      onProgress: (day, written) => bar.update(day, { orders: written }),
    });
    bar.stop();
    // Computes and stores each day's report rollup now, so the first look at the reports is quick.
    const today = localDay(Date.now(), shop.timezone);
    await dayRollups(
      db,
      { shopId: shop.id, timeZone: shop.timezone },
      { from: addDays(today, -args.days), to: today },
    );
    console.log(`Wrote ${orders} orders over the ${args.days} days before today for ${shop.name}.`);
  } finally {
    await db.destroy();
  }
}

void main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
