import type { StaffRole } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { inTransaction } from "../../db/unit-of-work.js";
import { done, fail, type Outcome } from "../../lib/result.js";
import { lockShop } from "../shops/index.js";

export async function listTeam(db: Db, shopId: string, now: number) {
  const staff = await db
    .selectFrom("staff")
    .select(["id", "email", "role", "createdAt"])
    .where("shopId", "=", shopId)
    .where("removedAt", "is", null)
    .orderBy("createdAt")
    .execute();
  const invitations = await db
    .selectFrom("staffInvitations")
    .select(["id", "email", "role", "createdAt", "expiresAt"])
    .where("shopId", "=", shopId)
    .where("acceptedAt", "is", null)
    .where("revokedAt", "is", null)
    .where("expiresAt", ">", now)
    .orderBy("createdAt")
    .execute();
  return { staff, invitations };
}

/** Whether someone on this shop's team (not removed) signs in with this email. */
export async function isOnTeam(db: Db, shopId: string, email: string): Promise<boolean> {
  const row = await db
    .selectFrom("staff")
    .select("id")
    .where("shopId", "=", shopId)
    .where("email", "=", email.toLowerCase())
    .where("removedAt", "is", null)
    .executeTakeFirst();
  return row !== undefined;
}

const notOnTeam = () => fail("not_found", "No such person on this team");
const lastOwner = () => fail("last_owner", "A shop needs at least one owner; make someone else owner first");

/**
 * Runs a change to one person and refuses it if the shop would be left without an owner. The shop's row
 * is taken first so concurrent changes in one shop queue up and two owners cannot demote each other at once.
 */
async function withOwnerKept(db: Db, shopId: string, change: (trx: Db) => Promise<number>): Promise<Outcome> {
  return inTransaction(db, async (trx) => {
    await lockShop(trx, shopId);
    const changed = await change(trx);
    if (changed !== 1) return notOnTeam();
    const owners = await trx
      .selectFrom("staff")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("shopId", "=", shopId)
      .where("role", "=", "owner")
      .where("removedAt", "is", null)
      .executeTakeFirstOrThrow();
    return Number(owners.n) === 0 ? lastOwner() : done;
  });
}

export async function changeRole(db: Db, change: { shopId: string; staffId: string; role: StaffRole }) {
  return withOwnerKept(db, change.shopId, async (trx) => {
    const result = await trx
      .updateTable("staff")
      .set({ role: change.role })
      .where("id", "=", change.staffId)
      .where("shopId", "=", change.shopId)
      .where("removedAt", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  });
}

/** Removal keeps the row (order history names who did what) and ends every session at once. */
export async function removeStaff(db: Db, removal: { shopId: string; staffId: string; now: number }) {
  return withOwnerKept(db, removal.shopId, async (trx) => {
    const result = await trx
      .updateTable("staff")
      .set({ removedAt: removal.now })
      .where("id", "=", removal.staffId)
      .where("shopId", "=", removal.shopId)
      .where("removedAt", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  });
}
