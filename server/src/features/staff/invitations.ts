import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { InvitationPreview, StaffRole } from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { isUniqueViolation } from "../../db/database.js";
import { inTransaction } from "../../db/unit-of-work.js";
import { isToken } from "../../http/ids.js";
import { fail, type Result, succeed } from "../../lib/result.js";
import { findShop } from "../shops/index.js";
import {
  claimInvitation,
  findAccountByEmail,
  findOpenInvitation,
  insertAccount,
  insertInvitation,
  restoreAccount,
} from "./invitations.repository.js";

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
  await insertInvitation(db, {
    id,
    shopId: invitation.shopId,
    email: invitation.email.toLowerCase(),
    role: invitation.role,
    tokenHash: hashToken(token),
    invitedBy: invitation.invitedBy,
    createdAt: invitation.now,
    expiresAt,
  });
  return { id, token, expiresAt };
}

async function openInvitation(db: Db, token: string, now: number) {
  if (!isToken(token)) return gone();
  const invitation = await findOpenInvitation(db, hashToken(token), now);
  return invitation ? succeed(invitation) : gone();
}

export async function previewInvitation(
  db: Db,
  token: string,
  now: number,
): Promise<Result<InvitationPreview>> {
  const invitation = await openInvitation(db, token, now);
  if (!invitation.ok) return invitation;
  const { email, role, shopId } = invitation.value;
  const shop = await findShop(db, shopId);
  if (!shop) return gone();
  return succeed({ email, role: role as StaffRole, shopName: shop.name });
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
    return await inTransaction(db, async (trx) => {
      if (!(await claimInvitation(trx, invitation.id, now))) return gone();
      const role = invitation.role as StaffRole;
      const existing = await findAccountByEmail(trx, invitation.email);
      if (existing && (existing.shopId !== invitation.shopId || existing.removedAt === null)) {
        return emailTaken();
      }
      const account = { shopId: invitation.shopId, email: invitation.email, role };
      if (existing) {
        await restoreAccount(trx, { id: existing.id, role, passwordHash, now });
        return succeed({ id: existing.id, ...account });
      }
      const id = randomUUID();
      await insertAccount(trx, { id, ...account, passwordHash, now });
      return succeed({ id, ...account });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return emailTaken();
    throw error;
  }
}
