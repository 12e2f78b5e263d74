import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../db/database.js";
import { isUniqueViolation } from "../../db/database.js";
import { anyShopExists, findShopBySlug } from "../shops/index.js";
import { findTableToken } from "../tables/index.js";
import { createShop } from "./create-shop.js";
import { demoMenu } from "./demo-menu.js";

export const DEMO_SLUG = "demo";
export const DEMO_OWNER_EMAIL = "owner@demo.local";

export interface DemoInfo {
  created: boolean;
  ownerEmail: string;
  /** Known when set by DEMO_OWNER_PASSWORD or generated on this machine; otherwise undefined. */
  ownerPassword: string | undefined;
  firstTableToken: string;
}

/**
 * Seeds the demo shop on an empty database. A generated owner password is kept in the data folder so
 * later starts can print it again; it is never a fixed default.
 */
export async function seedDemo(
  db: Db,
  options: { dataDir: string; password: string | undefined; now: number },
): Promise<DemoInfo | undefined> {
  const passwordFile = path.join(options.dataDir, "demo-owner-password");
  let created = false;
  if (!(await anyShopExists(db))) {
    const password = options.password ?? randomBytes(9).toString("base64url");
    try {
      await createShop(db, {
        name: "Harbour Noodle & Coffee",
        slug: DEMO_SLUG,
        currency: "CNY",
        locale: "zh-CN",
        timezone: "Asia/Shanghai",
        paymentMode: "pay_at_counter",
        owner: { email: DEMO_OWNER_EMAIL, password },
        tableCount: 10,
        menu: demoMenu,
        now: options.now,
      });
      created = true;
      if (!options.password) {
        mkdirSync(options.dataDir, { recursive: true });
        writeFileSync(passwordFile, password, { mode: 0o600 });
      }
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // another node seeded it first
    }
  }
  const shop = await findShopBySlug(db, DEMO_SLUG);
  const firstTableToken = shop && (await findTableToken(db, shop.id, "T1"));
  if (!firstTableToken) return undefined;
  // Only a password known to be the shop's: the one it was just created with, or the generated one kept on disk.
  const saved = existsSync(passwordFile) ? readFileSync(passwordFile, "utf8").trim() : undefined;
  const ownerPassword = created ? (options.password ?? saved) : saved;
  return { created, ownerEmail: DEMO_OWNER_EMAIL, ownerPassword, firstTableToken };
}
