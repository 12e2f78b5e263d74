import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { InvitationPreview, StaffRole } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { isUniqueViolation } from "../../db/database.js";
import { transactionResult } from "../../db/transaction-result.js";
import { isToken } from "../../http/ids.js";
import { fail, type Result, succeed } from "../../lib/result.js";

/** How long an invitation link works. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 3600 * 1000;

const gone = () =>
  fail("invitation_invalid", "This invitation has expired or was already used; ask for a new one");
const emailTaken = () => fail("email_taken", "An account with this email already exists; sign in instead");

// Only the hash is stored: the link in the email is the one copy of the secret.
const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

/** Records an invitation and returns its one-time token (256 bits) for the link. */
export async function createInvitation(
  db: Db,
  invitation: { shopId: string; email: string; role: StaffRole; invitedBy: string; now: number },
): Promise<{ id: string; token: string; expiresAt: number }> {
  const token = randomBytes(32).toString("base64url");
  const id = randomUUID();
  const expiresAt = invitation.now + INVITATION_LIFETIME_MS;
  await db
    .insertInto("staffInvitations")
    .values({
      id,
      shopId: invitation.shopId,
      email: invitation.email.toLowerCase(),
      role: invitation.role,
      tokenHash: hashToken(token),
      invitedBy: invitation.invitedBy,
      createdAt: invitation.now,
      expiresAt,
      acceptedAt: null,
      revokedAt: null,
    })
    .execute();
  return { id, token, expiresAt };
}

async function openInvitation(db: Db, token: string, now: number) {
  if (!isToken(token)) return gone();
  const invitation = await db
    .selectFrom("staffInvitations")
    .innerJoin("shops", "shops.id", "staffInvitations.shopId")
    .select([
      "staffInvitations.id",
      "staffInvitations.shopId",
      "staffInvitations.email",
      "staffInvitations.role",
      "shops.name as shopName",
    ])
    .where("tokenHash", "=", hashToken(token))
    .where("acceptedAt", "is", null)
    .where("revokedAt", "is", null)
    .where("expiresAt", ">", now)
    .executeTakeFirst();
  return invitation ? succeed(invitation) : gone();
}

export async function previewInvitation(
  db: Db,
  token: string,
  now: number,
): Promise<Result<InvitationPreview>> {
  const invitation = await openInvitation(db, token, now);
  if (!invitation.ok) return invitation;
  const { email, role, shopName } = invitation.value;
  return succeed({ email, role: role as StaffRole, shopName });
}

/**
 * Turns an open invitation into a staff account, once: the invitation is claimed with a conditional
 * update in the same transaction, so two clicks on the link make one account. Someone this shop removed
 * earlier comes back on their old row; an email that belongs to another shop's account is refused.
 */
export async function acceptInvitation(db: Db, token: string, passwordHash: string, now: number) {
  const opened = await openInvitation(db, token, now);
  if (!opened.ok) return opened;
  const invitation = opened.value;
  try {
    return await transactionResult(db, async (trx) => {
      const claimed = await trx
        .updateTable("staffInvitations")
        .set({ acceptedAt: now })
        .where("id", "=", invitation.id)
        .where("acceptedAt", "is", null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return gone();
      const role = invitation.role as StaffRole;
      const existing = await trx
        .selectFrom("staff")
        .select(["id", "shopId", "removedAt"])
        .where("email", "=", invitation.email)
        .executeTakeFirst();
      if (existing && (existing.shopId !== invitation.shopId || existing.removedAt === null)) {
        return emailTaken();
      }
      const account = { shopId: invitation.shopId, email: invitation.email, role };
      if (existing) {
        await trx
          .updateTable("staff")
          .set({ passwordHash, role, removedAt: null, passwordChangedAt: now })
          .where("id", "=", existing.id)
          .execute();
        return succeed({ id: existing.id, ...account });
      }
      const id = randomUUID();
      await trx
        .insertInto("staff")
        .values({ id, ...account, passwordHash, createdAt: now, passwordChangedAt: now, removedAt: null })
        .execute();
      return succeed({ id, ...account });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return emailTaken();
    throw error;
  }
}
