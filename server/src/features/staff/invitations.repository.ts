import type { StaffRole } from "@tabletap/shared";
import type { Db } from "../../db/database.js";

export async function insertInvitation(
  db: Db,
  invitation: {
    id: string;
    shopId: string;
    email: string;
    role: StaffRole;
    tokenHash: string;
    invitedBy: string;
    createdAt: number;
    expiresAt: number;
  },
): Promise<void> {
  await db
    .insertInto("staffInvitations")
    .values({ ...invitation, acceptedAt: null, revokedAt: null })
    .execute();
}

/** The invitation a link's token hash opens while it is neither used, revoked nor expired. */
export async function findOpenInvitation(db: Db, tokenHash: string, now: number) {
  return db
    .selectFrom("staffInvitations")
    .select(["id", "shopId", "email", "role"])
    .where("tokenHash", "=", tokenHash)
    .where("acceptedAt", "is", null)
    .where("revokedAt", "is", null)
    .where("expiresAt", ">", now)
    .executeTakeFirst();
}

/** Marks the invitation used, once: false when another click claimed it first. */
export async function claimInvitation(trx: Db, invitationId: string, now: number): Promise<boolean> {
  const claimed = await trx
    .updateTable("staffInvitations")
    .set({ acceptedAt: now })
    .where("id", "=", invitationId)
    .where("acceptedAt", "is", null)
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** Withdraws an unused invitation of this shop: false when there is none to withdraw. */
export async function revokeInvitation(
  db: Db,
  revocation: { shopId: string; invitationId: string; now: number },
): Promise<boolean> {
  const revoked = await db
    .updateTable("staffInvitations")
    .set({ revokedAt: revocation.now })
    .where("id", "=", revocation.invitationId)
    .where("shopId", "=", revocation.shopId)
    .where("acceptedAt", "is", null)
    .where("revokedAt", "is", null)
    .executeTakeFirst();
  return Number(revoked.numUpdatedRows) === 1;
}

/** The account (any shop's, removed or not) that signs in with this email. */
export async function findAccountByEmail(trx: Db, email: string) {
  return trx
    .selectFrom("staff")
    .select(["id", "shopId", "removedAt"])
    .where("email", "=", email)
    .executeTakeFirst();
}

/** Someone this shop removed comes back on their old row, with the invitation's role and a new password. */
export async function restoreAccount(
  trx: Db,
  account: { id: string; role: StaffRole; passwordHash: string; now: number },
): Promise<void> {
  await trx
    .updateTable("staff")
    .set({
      passwordHash: account.passwordHash,
      role: account.role,
      removedAt: null,
      passwordChangedAt: account.now,
    })
    .where("id", "=", account.id)
    .execute();
}

export async function insertAccount(
  trx: Db,
  account: { id: string; shopId: string; email: string; role: StaffRole; passwordHash: string; now: number },
): Promise<void> {
  const { now, ...row } = account;
  await trx
    .insertInto("staff")
    .values({ ...row, createdAt: now, passwordChangedAt: now, removedAt: null })
    .execute();
}
