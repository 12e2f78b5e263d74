import {
  DEFAULT_SERVICE_ESCALATE_MINUTES,
  defaultServiceKinds,
  type ServiceKind,
  type ServiceRequestSettings,
} from "@tabletap/shared";
import type { Db } from "../../db/database.js";

/** The shop's list and minutes; a shop that never edited them gets the defaults. */
export async function readServiceSettings(db: Db, shopId: string): Promise<ServiceRequestSettings> {
  const row = await db
    .selectFrom("serviceRequestSettings")
    .select(["kindsJson", "escalateAfterMinutes"])
    .where("shopId", "=", shopId)
    .executeTakeFirst();
  if (!row) return { kinds: defaultServiceKinds, escalateAfterMinutes: DEFAULT_SERVICE_ESCALATE_MINUTES };
  return {
    kinds: JSON.parse(row.kindsJson) as ServiceKind[],
    escalateAfterMinutes: row.escalateAfterMinutes,
  };
}

export async function saveServiceSettings(
  db: Db,
  shopId: string,
  settings: ServiceRequestSettings,
  now: number,
): Promise<void> {
  const values = {
    kindsJson: JSON.stringify(settings.kinds),
    escalateAfterMinutes: settings.escalateAfterMinutes,
    updatedAt: now,
  };
  await db
    .insertInto("serviceRequestSettings")
    .values({ shopId, ...values })
    .onConflict((oc) => oc.column("shopId").doUpdateSet(values))
    .execute();
}
