import type { Migration } from "kysely";
import * as m0001 from "./0001_initial.js";
import * as m0002 from "./0002_payments.js";
import * as m0003 from "./0003_shop_payment_provider.js";
import * as m0004 from "./0004_outbox_completion.js";
import * as m0005 from "./0005_web_push.js";
import * as m0006 from "./0006_sandbox_checkout_locale.js";
import * as m0007 from "./0007_menu_management.js";
import * as m0008 from "./0008_tables_and_sittings.js";
import * as m0009 from "./0009_staff_accounts.js";
import * as m0010 from "./0010_board.js";
import * as m0011 from "./0011_discounts_and_tips.js";
import * as m0012 from "./0012_table_carts.js";
import * as m0013 from "./0013_coupons.js";
import * as m0014 from "./0014_daily_summaries.js";
import * as m0015 from "./0015_ratings_and_receipts.js";
import * as m0016 from "./0016_order_placed_at.js";
import * as m0017 from "./0017_push_language.js";
import * as m0018 from "./0018_money_bigint.js";
import * as m0019 from "./0019_report_index_placed_at.js";
import * as m0020 from "./0020_service_requests.js";
import * as m0021 from "./0021_tab_parts.js";
import * as m0022 from "./0022_menu_languages_allergens_hours.js";
import * as m0023 from "./0023_kitchen_stations.js";

/** Every migration in order. Listed statically so the compiled server and the tests run the same set. */
export const migrations: Record<string, Migration> = {
  "0001_initial": m0001,
  "0002_payments": m0002,
  "0003_shop_payment_provider": m0003,
  "0004_outbox_completion": m0004,
  "0005_web_push": m0005,
  "0006_sandbox_checkout_locale": m0006,
  "0007_menu_management": m0007,
  "0008_tables_and_sittings": m0008,
  "0009_staff_accounts": m0009,
  "0010_board": m0010,
  "0011_discounts_and_tips": m0011,
  "0012_table_carts": m0012,
  "0013_coupons": m0013,
  "0014_daily_summaries": m0014,
  "0015_ratings_and_receipts": m0015,
  "0016_order_placed_at": m0016,
  "0017_push_language": m0017,
  "0018_money_bigint": m0018,
  "0019_report_index_placed_at": m0019,
  "0020_service_requests": m0020,
  "0021_tab_parts": m0021,
  "0022_menu_languages_allergens_hours": m0022,
  "0023_kitchen_stations": m0023,
};
