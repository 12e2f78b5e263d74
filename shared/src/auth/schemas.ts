import { z } from "zod";

export const staffRoles = ["owner", "manager", "staff"] as const;
export type StaffRole = (typeof staffRoles)[number];

export const loginRequestSchema = z
  .object({ email: z.email().max(254), password: z.string().min(1).max(200) })
  .strict()
  .meta({ id: "LoginRequest" });

export const staffSessionSchema = z
  .object({
    staff: z.object({ id: z.string(), email: z.string(), role: z.enum(staffRoles) }),
    canSeeQueues: z
      .boolean()
      .describe("Whether this person may open the queue dashboard (/merchant/queues): owners it lists"),
    shop: z.object({
      id: z.string(),
      slug: z.string(),
      name: z.string(),
      currency: z.string(),
      locale: z.string(),
      timezone: z.string(),
    }),
  })
  .meta({ id: "StaffSession" });

export type LoginRequest = z.infer<typeof loginRequestSchema>;
export type StaffSession = z.infer<typeof staffSessionSchema>;

/** A new password: long rather than complicated (NIST 800-63B); the upper bound keeps hashing cheap. */
const newPassword = z.string().min(10, "at least 10 characters").max(200);

export const passwordChangeRequestSchema = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword })
  .strict()
  .meta({ id: "PasswordChangeRequest" });

export const staffInviteRequestSchema = z
  .object({ email: z.email().max(254), role: z.enum(staffRoles) })
  .strict()
  .meta({ id: "StaffInviteRequest" });

export const staffRoleChangeSchema = z
  .object({ role: z.enum(staffRoles) })
  .strict()
  .meta({ id: "StaffRoleChange" });

const invitationToken = z.string().min(16).max(128);

export const invitationLookupRequestSchema = z
  .object({ token: invitationToken })
  .strict()
  .meta({ id: "InvitationLookupRequest" });

export const invitationAcceptRequestSchema = z
  .object({ token: invitationToken, password: newPassword })
  .strict()
  .meta({ id: "InvitationAcceptRequest" });

export const staffMemberSchema = z
  .object({ id: z.string(), email: z.string(), role: z.enum(staffRoles), createdAt: z.iso.datetime() })
  .meta({ id: "StaffMember" });

export const staffInvitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: z.enum(staffRoles),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: "StaffInvitation" });

/** What the person following an invitation link sees before choosing a password. */
export const invitationPreviewSchema = z
  .object({ email: z.string(), role: z.enum(staffRoles), shopName: z.string() })
  .meta({ id: "InvitationPreview" });

export const teamSchema = z
  .object({ staff: z.array(staffMemberSchema), invitations: z.array(staffInvitationSchema) })
  .meta({ id: "Team" });

export const invitationCreatedSchema = z
  .object({
    invitation: staffInvitationSchema,
    inviteUrl: z.url().describe("The link to send; its secret is in the #fragment"),
  })
  .meta({ id: "InvitationCreated" });

export type PasswordChangeRequest = z.infer<typeof passwordChangeRequestSchema>;
export type StaffInviteRequest = z.infer<typeof staffInviteRequestSchema>;
export type StaffMember = z.infer<typeof staffMemberSchema>;
export type StaffInvitation = z.infer<typeof staffInvitationSchema>;
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;
export type Team = z.infer<typeof teamSchema>;
export type InvitationCreated = z.infer<typeof invitationCreatedSchema>;
