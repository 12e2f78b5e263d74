import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { currencyCodeSchema, paymentModes, paymentProviderNames, timeZoneSchema } from "@tabletap/shared";
import { z } from "zod";
import { loadConfig } from "../config.js";
import { createDatabase, isUniqueViolation } from "../db/database.js";
import { migrateToLatest, migrationSchema } from "../db/migrate.js";
import { createShop } from "../features/shop-setup/index.js";

const usage = `Usage: npm run shop:create -- --name "Noodle Bar" --slug noodle-bar --owner-email owner@example.com
  [--currency CNY] [--locale zh-CN] [--timezone Asia/Shanghai] [--payment-mode pay_at_counter] [--payment-provider sandbox|stripe|alipay] [--tables 10]
The owner's password is generated and printed once.`;

const argsSchema = z.object({
  name: z.string().min(1).max(100),
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,40}$/, "lowercase letters, digits and dashes"),
  "owner-email": z.email(),
  currency: currencyCodeSchema,
  locale: z.string().min(2),
  timezone: timeZoneSchema,
  "payment-mode": z.enum(paymentModes),
  "payment-provider": z.enum(paymentProviderNames),
  tables: z.coerce.number().int().min(0).max(500),
});

/** Creates a real shop with its owner account and tables (no demo menu). */
async function main() {
  const { values } = parseArgs({
    options: {
      name: { type: "string" },
      slug: { type: "string" },
      "owner-email": { type: "string" },
      currency: { type: "string", default: "CNY" },
      locale: { type: "string", default: "zh-CN" },
      timezone: { type: "string", default: "Asia/Shanghai" },
      "payment-mode": { type: "string", default: "pay_at_counter" },
      "payment-provider": { type: "string", default: "sandbox" },
      tables: { type: "string", default: "10" },
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
  const password = randomBytes(12).toString("base64url");
  try {
    await migrateToLatest(db, migrationSchema(config.database));
    await createShop(db, {
      name: args.name,
      slug: args.slug,
      currency: args.currency,
      locale: args.locale,
      timezone: args.timezone,
      paymentMode: args["payment-mode"],
      paymentProvider: args["payment-provider"],
      owner: { email: args["owner-email"], password },
      tableCount: args.tables,
      now: Date.now(),
    });
    console.log(`Created shop "${args.name}" (${args.slug}).`);
    console.log(`Owner login: ${args["owner-email"]} / ${password}`);
    console.log(`Console: ${config.publicUrl}/merchant/`);
    const configured = { sandbox: true, stripe: !!config.stripe, alipay: !!config.alipay };
    if (!configured[args["payment-provider"]])
      console.warn(
        `Online payments need ${args["payment-provider"]} credentials in the environment (see README.md, Configuration).`,
      );
  } catch (error) {
    if (isUniqueViolation(error)) {
      console.error("A shop with that slug, or a staff account with that email, already exists.");
      process.exit(1);
    }
    throw error;
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
