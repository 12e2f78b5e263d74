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
