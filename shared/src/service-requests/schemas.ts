import { z } from "zod";
import { freeText } from "../orders/schemas.js";

export const MAX_SERVICE_KINDS = 8;
export const MAX_SERVICE_KIND_NAME = 40;
export const MAX_SERVICE_ESCALATE_MINUTES = 60;
export const DEFAULT_SERVICE_ESCALATE_MINUTES = 3;

/** A kind's id: short, lowercase, stable while the shop renames it (an open request keeps its kind). */
export const serviceKindIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,24}$/, "is 1–24 lowercase letters, digits or dashes")
  .describe("The kind's id, e.g. `water`");

export const serviceKindSchema = z
  .object({
    id: serviceKindIdSchema,
    name: freeText(MAX_SERVICE_KIND_NAME).min(1, "must not be empty").describe("What the diner reads"),
  })
  .strict()
  .meta({ id: "ServiceKind" });

/** What diners may ask staff for, and when an unanswered call turns urgent on the board. */
export const serviceRequestSettingsSchema = z
  .object({
    kinds: z
      .array(serviceKindSchema)
      .min(1)
      .max(MAX_SERVICE_KINDS)
      .refine((kinds) => new Set(kinds.map((kind) => kind.id)).size === kinds.length, {
        message: "each kind id may appear once",
      }),
    escalateAfterMinutes: z
      .int()
      .min(0)
      .max(MAX_SERVICE_ESCALATE_MINUTES)
      .describe("Minutes after which a call nobody acknowledged is marked urgent; 0 = never"),
  })
  .strict()
  .meta({ id: "ServiceRequestSettings" });

/** Body of `POST /api/tables/:token/service-requests`. */
export const callStaffRequestSchema = z
  .object({ kind: serviceKindIdSchema })
  .strict()
  .meta({ id: "CallStaffRequest" });

export const serviceRequestStatuses = ["open", "acknowledged"] as const;

/** A table's call for staff, as the board and the table's phones see it. */
export const serviceRequestSchema = z
  .object({
    id: z.string(),
    tableId: z.string(),
    tableLabel: z.string(),
    kind: z.string(),
    name: z.string().describe("The kind's name when the call was made"),
    status: z.enum(serviceRequestStatuses),
    urgent: z.boolean().describe("Unanswered past the shop's escalation minutes"),
    createdAt: z.iso.datetime(),
    acknowledgedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "ServiceRequest" });

/** What a table's phone needs for its "Call staff" sheet. */
export const tableServiceSchema = z
  .object({
    kinds: z.array(serviceKindSchema),
    requests: z.array(serviceRequestSchema).describe("The table's open calls and those answered lately"),
  })
  .meta({ id: "TableService" });

export const merchantServiceRequestsSchema = z
  .object({ requests: z.array(serviceRequestSchema).describe("Open calls, oldest first") })
  .meta({ id: "MerchantServiceRequests" });

export type ServiceKind = z.infer<typeof serviceKindSchema>;
export type ServiceRequestSettings = z.infer<typeof serviceRequestSettingsSchema>;
export type CallStaffRequest = z.infer<typeof callStaffRequestSchema>;
export type ServiceRequest = z.infer<typeof serviceRequestSchema>;
export type ServiceRequestStatus = ServiceRequest["status"];
export type TableService = z.infer<typeof tableServiceSchema>;
export type MerchantServiceRequests = z.infer<typeof merchantServiceRequestsSchema>;
