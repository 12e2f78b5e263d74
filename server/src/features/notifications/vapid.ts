import webPush from "web-push";
import type { Db } from "../../db/database.js";
import { insertAppSettingOnce, readAppSetting } from "./app-settings.repository.js";

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/**
 * The deployment's VAPID key pair, generated on first use and kept in the database so every node signs
 * pushes with the same key (browsers bind a subscription to it).
 */
export async function loadVapidKeys(db: Db): Promise<VapidKeys> {
  const existing = await readAppSetting(db, "vapid");
  if (existing) return JSON.parse(existing) as VapidKeys;
  const generated = webPush.generateVAPIDKeys();
  await insertAppSettingOnce(db, "vapid", JSON.stringify(generated));
  // Another node may have won the race; everyone uses what was stored.
  const stored = await readAppSetting(db, "vapid");
  return stored ? (JSON.parse(stored) as VapidKeys) : generated;
}
