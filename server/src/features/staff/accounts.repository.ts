import type { StaffRole } from "@tabletap/shared";
import type { Db } from "../../db/database.js";

/** A person who may sign in with this email: removed people cannot. */
export async function findSignInAccount(db: Db, email: string) {
  return db
    .selectFrom("staff")
    .selectAll()
    .where("email", "=", email.toLowerCase())
    .where("removedAt", "is", null)
    .executeTakeFirst();
}

export async function findPasswordHash(db: Db, staffId: string): Promise<string> {
  const row = await db
    .selectFrom("staff")
    .select("passwordHash")
    .where("id", "=", staffId)
    .executeTakeFirstOrThrow();
  return row.passwordHash;
}

/** A new password; sessions signed in before `now` no longer admit this person. */
export async function setPassword(db: Db, change: { staffId: string; passwordHash: string; now: number }) {
  await db
    .updateTable("staff")
    .set({ passwordHash: change.passwordHash, passwordChangedAt: change.now })
    .where("id", "=", change.staffId)
    .execute();
}

/** What a live session is checked against on each request: the person's shop, role, password age, removal. */
export async function findStaffStanding(db: Db, staffId: string) {
  return db
    .selectFrom("staff")
    .select(["role", "shopId", "passwordChangedAt", "removedAt"])
    .where("id", "=", staffId)
    .executeTakeFirst();
}

/** A new shop's first person, in the shop's creating transaction. */
export async function addStaffMember(
  trx: Db,
  staff: { shopId: string; id: string; email: string; passwordHash: string; role: StaffRole; now: number },
): Promise<void> {
  const { shopId, id, passwordHash, role, now } = staff;
  await trx
    .insertInto("staff")
    .values({ id, shopId, email: staff.email.toLowerCase(), passwordHash, role, createdAt: now })
    .execute();
}
