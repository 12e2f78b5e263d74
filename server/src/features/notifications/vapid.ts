import webPush from "web-push";
import type { Db } from "../../db/database.js";

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/**
 * The deployment's VAPID key pair, generated on first use and kept in the database so every node signs
 * pushes with the same key (browsers bind a subscription to it).
 */
export async function loadVapidKeys(db: Db): Promise<VapidKeys> {
  const read = () =>
    db.selectFrom("appSettings").select("value").where("key", "=", "vapid").executeTakeFirst();
  const existing = await read();
  if (existing) return JSON.parse(existing.value) as VapidKeys;
  const generated = webPush.generateVAPIDKeys();
  await db
    .insertInto("appSettings")
    .values({ key: "vapid", value: JSON.stringify(generated) })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
  // Another node may have won the race; everyone uses what was stored.
  const stored = await read();
  return stored ? (JSON.parse(stored.value) as VapidKeys) : generated;
}
