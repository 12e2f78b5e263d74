import type { Db } from "../../db/database.js";

/** Where news for a shop's owners goes (payment alerts). */
export async function ownerEmails(db: Db, shopId: string): Promise<string[]> {
  const owners = await db
    .selectFrom("staff")
    .select("email")
    .where("shopId", "=", shopId)
    .where("role", "=", "owner")
    .execute();
  return owners.map((owner) => owner.email);
}
